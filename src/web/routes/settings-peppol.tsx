import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { PeppolSettingsPanel } from '../features/peppol/PeppolSettingsPanel';
import { usePageTitle } from '../lib/use-page-title';

export function PeppolSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('peppol.settings.title'));
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('peppol.settings.title')}
        description={t('peppol.settings.subtitle')}
        titleTestId="peppol-settings-title"
      />
      <PeppolSettingsPanel />
    </Stack>
  );
}
