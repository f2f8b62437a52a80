import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { TeamMembersPanel } from '../features/team/TeamMembersPanel';
import { usePageTitle } from '../lib/use-page-title';

export function UsersSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('team.title'));
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('team.title')}
        description={t('team.subtitle')}
        titleTestId="team-title"
      />
      <TeamMembersPanel />
    </Stack>
  );
}
