import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { AppsPanel } from '../features/apps/AppsPanel';
import { usePageTitle } from '../lib/use-page-title';

export function AppsSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('apps.title'));
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('apps.title')}
        description={t('apps.subtitle')}
        titleTestId="apps-title"
      />
      <AppsPanel />
    </Stack>
  );
}
