import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { MoneyFigures } from '../features/dashboard/MoneyFigures';
import { ModuleShortcuts } from '../features/dashboard/ModuleShortcuts';
import { SetupChecklist } from '../features/dashboard/SetupChecklist';
import { UpcomingModules } from '../features/dashboard/UpcomingModules';
import { useMe } from '../features/me/me-context';
import { usePageTitle } from '../lib/use-page-title';

export function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('nav.dashboard'));
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('dashboard.title', { company: me.organization.name })}
        description={t('dashboard.subtitle', { firstName: me.user.firstName })}
        titleTestId="dashboard-title"
      />
      <SetupChecklist />
      <MoneyFigures />
      <ModuleShortcuts />
      <UpcomingModules />
    </Stack>
  );
}
