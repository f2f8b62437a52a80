import { Divider, Group, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../components/ui/Brand';
import { useMe } from '../../features/me/me-context';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { UserMenu } from './UserMenu';

export function AppHeader() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Link
          to="/"
          aria-label={`${t('app.name')} – ${t('nav.dashboard')}`}
          style={{ textDecoration: 'none' }}
        >
          <Brand />
        </Link>
        <Divider orientation="vertical" visibleFrom="xs" my={18} />
        <Text fw={500} c="dimmed" truncate visibleFrom="xs" data-testid="current-organization">
          {me.organization.name}
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <NotificationBell />
        <UserMenu />
      </Group>
    </Group>
  );
}
