import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { AuditLogPanel } from '../features/team/AuditLogPanel';
import { usePageTitle } from '../lib/use-page-title';

export function AuditLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('audit.title')}
        description={t('audit.subtitle')}
        titleTestId="audit-title"
      />
      <AuditLogPanel />
    </Stack>
  );
}
