import { Button } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/notify';
import { canManageSettings, useMe } from '../me/me-context';
import { peppolSettingsQueryOptions } from '../peppol/api';
import { usePollInbox } from './api';

/**
 * "Check for new documents now", for when a supplier says they just sent something. Only with an
 * access point; users who cannot read the settings get the server's answer instead.
 */
export function CheckInboxButton() {
  const { t } = useTranslation();
  const me = useMe();
  const readsSettings = canManageSettings(me);
  const settings = useQuery({
    ...peppolSettingsQueryOptions(me.organization.id),
    enabled: readsSettings,
  });
  const poll = usePollInbox();
  if (readsSettings && !settings.data?.configured) return null;

  const run = () =>
    poll.mutate(undefined, {
      onSuccess: ({ received }) =>
        notifySuccess(
          received === 0
            ? t('inbox.poll.none')
            : t('inbox.poll.received', { received: String(received) }),
        ),
      onError: notifyError,
    });

  return (
    <Button
      variant="default"
      leftSection={<IconRefresh size={18} stroke={1.6} />}
      onClick={run}
      loading={poll.isPending}
      data-testid="inbox-poll"
    >
      {t('inbox.poll.button')}
    </Button>
  );
}
