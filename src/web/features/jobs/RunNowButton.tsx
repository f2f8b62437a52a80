import { Button } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reminderRoutes, subscriptionRoutes } from '../../../contract/index.js';
import { call } from '../../lib/client';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useMe } from '../me/me-context';

/**
 * "Run now" for owners: the daily reminder run or the hourly subscription run, at once, for the
 * company. Exactly-once on the schedule's keys, so a second click makes nothing new.
 */
export function RunNowButton({
  run,
  invalidate,
}: {
  run: 'reminders' | 'subscriptions';
  /** Queries whose data the run may change (the documents, the subscriptions). */
  invalidate: readonly unknown[];
}) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => call(run === 'reminders' ? reminderRoutes.runDue : subscriptionRoutes.runDue),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: invalidate });
      notifySuccess(
        run === 'reminders'
          ? t('jobs.runNow.remindersDone', { count: result.created })
          : t('jobs.runNow.subscriptionsDone', { count: result.created }),
      );
    },
    onError: notifyError,
  });
  if (me.role !== 'owner') return null;
  return (
    <Button
      variant="default"
      leftSection={<IconPlayerPlay size={16} />}
      loading={mutation.isPending}
      onClick={() => mutation.mutate()}
      data-testid={`${run}-run-now`}
    >
      {run === 'reminders' ? t('jobs.runNow.reminders') : t('jobs.runNow.subscriptions')}
    </Button>
  );
}
