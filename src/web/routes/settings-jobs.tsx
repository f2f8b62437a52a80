import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { JobsTable } from '../features/jobs/JobsTable';
import { usePageTitle } from '../lib/use-page-title';

export function JobsSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('jobs.title'));
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('jobs.title')}
        description={t('jobs.subtitle')}
        titleTestId="jobs-title"
      />
      <JobsTable />
    </Stack>
  );
}
