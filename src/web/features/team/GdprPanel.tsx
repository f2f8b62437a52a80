import { Badge, Group, Paper, Stack, Switch, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DataAccessUser } from '../../../contract/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { formatDateTime } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useMe } from '../me/me-context';
import { useRoleLabel } from '../me/use-role-label';
import { gdprQueryOptions, useSetSupportAccess } from './api';
import { linkSettingsQueryOptions, useSetLinkSettings } from './me-and-links-api';
import { STATUS_COLORS, useStatusLabels } from './use-team-labels';

const SCORE_COLORS = ['red', 'red', 'orange', 'teal', 'green'] as const;

/** Company settings → GDPR: support access, shared-link security, who can reach the data. */
export function GdprPanel() {
  const { t, i18n } = useTranslation();
  const { organization } = useMe();
  const gdpr = useQuery(gdprQueryOptions(organization.id));
  const links = useQuery(linkSettingsQueryOptions(organization.id));
  const setSupport = useSetSupportAccess();
  const setLinks = useSetLinkSettings();

  if (gdpr.isPending) return <CenteredLoader />;
  if (gdpr.isError) return <LoadError error={gdpr.error} onRetry={() => void gdpr.refetch()} />;
  const { users, supportSessions } = gdpr.data;
  // The switch follows the click at once; the server's answer confirms or puts it back.
  const supportAccess = setSupport.isPending ? setSupport.variables : gdpr.data.supportAccess;
  const requireEmail = setLinks.isPending ? setLinks.variables : (links.data?.requireEmail ?? true);

  return (
    <Stack gap="xl">
      <SettingsSection title={t('gdpr.support.title')} description={t('gdpr.support.description')}>
        <Stack gap="md">
          <Switch
            size="md"
            label={t('gdpr.support.switch')}
            description={supportAccess ? t('gdpr.support.on') : t('gdpr.support.off')}
            checked={supportAccess}
            disabled={setSupport.isPending}
            onChange={(event) => {
              const next = event.currentTarget.checked;
              setSupport.mutate(next, {
                onSuccess: () =>
                  notifySuccess(next ? t('gdpr.support.enabled') : t('gdpr.support.disabled')),
                onError: notifyError,
              });
            }}
            data-testid="gdpr-support-access"
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('gdpr.support.sessions')}
            </Text>
            {supportSessions.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid="gdpr-no-support-sessions">
                {t('gdpr.support.noSessions')}
              </Text>
            ) : (
              <Stack gap={2} data-testid="gdpr-support-sessions">
                {supportSessions.map((session) => (
                  <Text size="sm" key={session.at}>
                    {formatDateTime(session.at, i18n.language)} · {session.name ?? '–'} (
                    {session.email ?? '–'}) · {session.ip ?? '–'}
                  </Text>
                ))}
              </Stack>
            )}
          </Stack>
        </Stack>
      </SettingsSection>

      <SettingsSection title={t('gdpr.links.title')} description={t('gdpr.links.description')}>
        {links.isError ? (
          <LoadError error={links.error} onRetry={() => void links.refetch()} />
        ) : (
          <Switch
            size="md"
            label={t('gdpr.links.switch')}
            description={t('gdpr.links.hint')}
            checked={requireEmail}
            disabled={links.isPending || setLinks.isPending}
            onChange={(event) => {
              const next = event.currentTarget.checked;
              setLinks.mutate(next, {
                onSuccess: () => notifySuccess(t('gdpr.links.saved')),
                onError: notifyError,
              });
            }}
            data-testid="gdpr-links-require-email"
          />
        )}
      </SettingsSection>

      <Paper withBorder p={{ base: 'xs', sm: 'md' }} component="section">
        <Stack gap="md">
          <Stack gap={2}>
            <Text fw={700}>{t('gdpr.users.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('gdpr.users.description')}
            </Text>
          </Stack>
          <DataAccessTable users={users} />
        </Stack>
      </Paper>
    </Stack>
  );
}

function DataAccessTable({ users }: { users: DataAccessUser[] }) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const statusLabels = useStatusLabels();
  const scoreLabels = [
    t('security.strength.veryWeak'),
    t('security.strength.weak'),
    t('security.strength.fair'),
    t('security.strength.strong'),
    t('security.strength.veryStrong'),
  ];
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table verticalSpacing="sm" data-testid="gdpr-users">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('team.columns.user')}</Table.Th>
            <Table.Th>{t('team.columns.role')}</Table.Th>
            <Table.Th>{t('team.columns.lastLogin')}</Table.Th>
            <Table.Th>{t('gdpr.users.password')}</Table.Th>
            <Table.Th>{t('gdpr.users.twoFactor')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.userId} data-testid={`gdpr-user-${user.email}`}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {`${user.firstName} ${user.lastName}`.trim()}
                </Text>
                <Text size="xs" c="dimmed">
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Text size="sm">{roleLabel(user.role)}</Text>
                  {user.external && (
                    <Badge size="xs" variant="outline">
                      {t('gdpr.users.external')}
                    </Badge>
                  )}
                  {user.status !== 'active' && (
                    <Badge size="xs" variant="light" color={STATUS_COLORS[user.status]}>
                      {statusLabels[user.status]}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatDateTime(user.lastLoginAt, i18n.language)}
                </Text>
              </Table.Td>
              <Table.Td data-testid={`gdpr-password-${user.email}`}>
                {user.passwordScore === null ? (
                  <Text size="sm" c="dimmed">
                    {t('gdpr.users.unknown')}
                  </Text>
                ) : (
                  <Badge variant="light" color={SCORE_COLORS[user.passwordScore]}>
                    {scoreLabels[user.passwordScore]}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td data-testid={`gdpr-2fa-${user.email}`}>
                {user.twoFactorEnabled === null ? (
                  <Text size="sm" c="dimmed">
                    {t('gdpr.users.unknown')}
                  </Text>
                ) : (
                  <Badge variant="light" color={user.twoFactorEnabled ? 'teal' : 'gray'}>
                    {user.twoFactorEnabled ? t('gdpr.users.on') : t('gdpr.users.off')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
