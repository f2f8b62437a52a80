import { Badge, Button, Text } from '@mantine/core';
import { IconChecklist, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../contract/index.js';
import { DataTable } from '../../components/list/DataTable';
import { ListEmpty } from '../../components/list/ListEmpty';
import { QueryPanel } from '../../components/list/ListPanel';
import { formatDateTime } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useMe } from '../me/me-context';
import { jobsQueryOptions, useRetryJob } from './api';

const STATE_COLORS: Record<Job['state'], string> = {
  created: 'blue',
  retry: 'orange',
  active: 'blue',
  completed: 'green',
  cancelled: 'gray',
  failed: 'red',
};

/** What runs in the background for the company: waiting, retrying, failed (with why), done. */
export function JobsTable() {
  const { t, i18n } = useTranslation();
  const { organization } = useMe();
  const jobs = useQuery(jobsQueryOptions(organization.id));
  const retry = useRetryJob();

  // Literal keys, so the catalogue check sees every one of them.
  const names: Record<string, string> = {
    'peppol.send': t('jobs.names.peppol_send'),
    'peppol.status': t('jobs.names.peppol_status'),
    'peppol.poll': t('jobs.names.peppol_poll'),
    'email.send': t('jobs.names.email_send'),
    'subscriptions.run': t('jobs.names.subscriptions_run'),
    'reminders.run': t('jobs.names.reminders_run'),
    'reminders.send': t('jobs.names.reminders_send'),
  };
  const states: Record<Job['state'], string> = {
    created: t('jobs.states.created'),
    retry: t('jobs.states.retry'),
    active: t('jobs.states.active'),
    completed: t('jobs.states.completed'),
    cancelled: t('jobs.states.cancelled'),
    failed: t('jobs.states.failed'),
  };

  return (
    <QueryPanel query={jobs}>
      {(list) =>
        list.length === 0 ? (
          <ListEmpty
            icon={IconChecklist}
            title={t('jobs.empty.title')}
            text={t('jobs.empty.text')}
            testId="jobs-empty"
          />
        ) : (
          <DataTable<Job>
            rows={list}
            rowKey={(job) => job.id}
            testIdPrefix="jobs"
            minWidth={720}
            columns={[
              {
                key: 'job',
                header: t('jobs.columns.job'),
                cell: (job) => names[job.name] ?? job.name,
              },
              {
                key: 'state',
                header: t('jobs.columns.state'),
                cell: (job) => (
                  <Badge variant="light" color={STATE_COLORS[job.state]}>
                    {states[job.state]}
                  </Badge>
                ),
              },
              {
                key: 'attempts',
                header: t('jobs.columns.attempts'),
                cell: (job) => `${job.attempts} / ${job.maxAttempts}`,
              },
              {
                key: 'created',
                header: t('jobs.columns.created'),
                nowrap: true,
                cell: (job) => formatDateTime(job.createdAt, i18n.language),
              },
              {
                key: 'error',
                header: t('jobs.columns.error'),
                cell: (job) => (
                  <Text size="sm" c={job.error ? 'red' : 'dimmed'} lineClamp={2}>
                    {job.error ?? '—'}
                  </Text>
                ),
              },
              {
                key: 'retry',
                header: null,
                cell: (job, index) =>
                  job.state === 'failed' && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconRefresh size={16} />}
                      loading={retry.isPending && retry.variables === job.id}
                      onClick={() =>
                        retry.mutate(job.id, {
                          onSuccess: () => notifySuccess(t('jobs.retried')),
                          onError: notifyError,
                        })
                      }
                      data-testid={`jobs-retry-${index}`}
                    >
                      {t('jobs.retry')}
                    </Button>
                  ),
              },
            ]}
          />
        )
      }
    </QueryPanel>
  );
}
