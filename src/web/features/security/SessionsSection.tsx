import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDeviceDesktop, IconDeviceMobile } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../contract/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { currentLanguage } from '../../i18n';
import { formatDateTime, formatRelativeTime } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useMe } from '../me/me-context';
import { sessionsQueryOptions, useRevokeOtherSessions, useRevokeSession } from './api';
import { describeDevice } from './device-label';

export function SessionsSection() {
  const { t } = useTranslation();
  const me = useMe();
  const sessions = useQuery(sessionsQueryOptions(me.user.id));
  const revokeOthers = useRevokeOtherSessions();

  let body;
  if (sessions.isPending) body = <CenteredLoader />;
  else if (sessions.isError)
    body = <LoadError error={sessions.error} onRetry={() => void sessions.refetch()} />;
  else
    body = (
      <Stack gap="sm">
        {sessions.data.map((session) => (
          <SessionRow key={session.id} session={session} />
        ))}
        {sessions.data.length > 1 && (
          <Group justify="flex-end">
            <Button
              variant="light"
              color="red"
              loading={revokeOthers.isPending}
              data-testid="sessions-revoke-others"
              onClick={() =>
                revokeOthers.mutate(undefined, {
                  onSuccess: (result) =>
                    notifySuccess(t('security.sessions.othersEnded', { number: result.revoked })),
                  onError: notifyError,
                })
              }
            >
              {t('security.sessions.revokeOthers')}
            </Button>
          </Group>
        )}
      </Stack>
    );

  return (
    <SettingsSection
      title={t('security.sessions.title')}
      description={t('security.sessions.description')}
    >
      <div data-testid="sessions-section">{body}</div>
    </SettingsSection>
  );
}

function SessionRow({ session }: { session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const revoke = useRevokeSession();
  const language = currentLanguage();
  const device = describeDevice(session.userAgent);
  const mobile = device.system === 'iPhone' || device.system === 'Android';
  const Icon = mobile ? IconDeviceMobile : IconDeviceDesktop;
  const name =
    [device.browser, device.system].filter(Boolean).join(' · ') || t('security.sessions.unknown');

  return (
    <Paper withBorder p="sm" radius="md" data-testid="session-row" data-current={session.current}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Icon size={22} stroke={1.5} style={{ flexShrink: 0, marginTop: 2 }} />
          <Stack gap={2}>
            <Group gap="xs">
              <Text size="sm" fw={600} title={session.userAgent ?? undefined}>
                {name}
              </Text>
              {session.current && (
                <Badge size="sm" variant="light" data-testid="session-current">
                  {t('security.sessions.current')}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {t('security.sessions.details', {
                ip: session.ip ?? '–',
                created: formatDateTime(session.createdAt, language),
                seen: formatRelativeTime(session.lastSeenAt, language),
              })}
            </Text>
          </Stack>
        </Group>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          loading={revoke.isPending}
          data-testid="session-revoke"
          onClick={() =>
            revoke.mutate(session.id, {
              onSuccess: () => {
                if (session.current) void navigate({ to: '/login' });
                else notifySuccess(t('security.sessions.ended'));
              },
              onError: notifyError,
            })
          }
        >
          {session.current ? t('security.sessions.logOut') : t('security.sessions.revoke')}
        </Button>
      </Group>
    </Paper>
  );
}
