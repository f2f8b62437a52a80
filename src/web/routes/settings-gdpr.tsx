import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { GdprPanel } from '../features/team/GdprPanel';
import { usePageTitle } from '../lib/use-page-title';

export function GdprSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('gdpr.title'));
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('gdpr.title')}
        description={t('gdpr.subtitle')}
        titleTestId="gdpr-title"
      />
      <GdprPanel />
    </Stack>
  );
}
