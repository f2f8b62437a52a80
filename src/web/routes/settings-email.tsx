import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { EmailSettingsPanel } from '../features/email/EmailSettingsPanel';
import { usePageTitle } from '../lib/use-page-title';

export function EmailSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('email.settings.title'));
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('email.settings.title')}
        description={t('email.settings.subtitle')}
        titleTestId="email-settings-title"
      />
      <EmailSettingsPanel />
    </Stack>
  );
}
