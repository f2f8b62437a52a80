import { Badge, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isOptionalApp, type AppState } from '../../../contract/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useMe } from '../me/me-context';
import { appsQueryOptions, useSetAppEnabled } from './api';
import { useAppDescriptions, useAppNames } from './use-app-names';

/** Settings → Apps: every app with its switch; base apps are always on, only owners switch. */
export function AppsPanel() {
  const { t } = useTranslation();
  const me = useMe();
  const apps = useQuery(appsQueryOptions(me.organization.id));
  const names = useAppNames();
  const descriptions = useAppDescriptions();
  const setEnabled = useSetAppEnabled();
  const owner = me.role === 'owner';

  if (apps.isPending) return <CenteredLoader />;
  if (apps.isError) return <LoadError error={apps.error} onRetry={() => void apps.refetch()} />;

  // The switch follows the click at once; the server's answer confirms or puts it back.
  const enabledOf = (app: AppState) =>
    setEnabled.isPending && setEnabled.variables.app === app.id
      ? setEnabled.variables.enabled
      : app.enabled;

  return (
    <Stack gap="md">
      {!owner && (
        <Text size="sm" c="dimmed" data-testid="apps-owner-only">
          {t('apps.ownerOnly')}
        </Text>
      )}
      {apps.data.items.map((app) => (
        <Paper key={app.id} withBorder p="md" radius="md" data-testid={`app-${app.id}`}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Text fw={600}>{names[app.id]}</Text>
              <Text size="sm" c="dimmed">
                {descriptions[app.id]}
              </Text>
            </Stack>
            {app.base || !isOptionalApp(app.id) ? (
              <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
                {t('apps.base')}
              </Badge>
            ) : (
              <Switch
                size="md"
                aria-label={names[app.id]}
                label={enabledOf(app) ? t('apps.on') : t('apps.off')}
                labelPosition="left"
                checked={enabledOf(app)}
                disabled={!owner || setEnabled.isPending}
                onChange={(event) => {
                  const enabled = event.currentTarget.checked;
                  const id = app.id;
                  if (!isOptionalApp(id)) return;
                  setEnabled.mutate(
                    { app: id, enabled },
                    {
                      onSuccess: () =>
                        notifySuccess(
                          enabled
                            ? t('apps.enabled', { app: names[id] })
                            : t('apps.disabled', { app: names[id] }),
                        ),
                      onError: notifyError,
                    },
                  );
                }}
                data-testid={`app-switch-${app.id}`}
              />
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
