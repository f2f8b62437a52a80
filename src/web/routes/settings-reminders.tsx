import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../components/ui/CenteredLoader';
import { LoadError } from '../components/ui/LoadError';
import { PageHeader } from '../components/ui/PageHeader';
import { useMe } from '../features/me/me-context';
import { reminderSettingsQueryOptions } from '../features/reminders/api';
import { ReminderSettingsForm } from '../features/reminders/ReminderSettingsForm';
import { usePageTitle } from '../lib/use-page-title';

export function ReminderSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('reminders.settings.title'));
  const { organization } = useMe();
  const settings = useQuery(reminderSettingsQueryOptions(organization.id));

  let body;
  if (settings.isPending) body = <CenteredLoader />;
  else if (settings.isError)
    body = <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  else body = <ReminderSettingsForm key={organization.id} settings={settings.data} />;

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('reminders.settings.title')}
        description={t('reminders.settings.subtitle')}
        titleTestId="reminders-settings-title"
      />
      {body}
    </Stack>
  );
}
