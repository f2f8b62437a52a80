import { Badge, Button, EmptyState, Paper, Table, Text } from '@mantine/core';
import { IconChecklist, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../contract/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
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

  if (jobs.isPending) return <CenteredLoader />;
  if (jobs.isError) return <LoadError error={jobs.error} onRetry={() => void jobs.refetch()} />;
  if (jobs.data.length === 0) {
    return (
      <EmptyState
        icon={<IconChecklist size={28} stroke={1.5} />}
        variant="light"
        title={t('jobs.empty.title')}
        description={t('jobs.empty.text')}
        py="xl"
        data-testid="jobs-empty"
      />
    );
  }
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
    <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
      <Table.ScrollContainer minWidth={720} type="native">
        <Table verticalSpacing="sm" data-testid="jobs-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('jobs.columns.job')}</Table.Th>
              <Table.Th>{t('jobs.columns.state')}</Table.Th>
              <Table.Th>{t('jobs.columns.attempts')}</Table.Th>
              <Table.Th>{t('jobs.columns.created')}</Table.Th>
              <Table.Th>{t('jobs.columns.error')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {jobs.data.map((job, index) => (
              <Table.Tr key={job.id} data-testid={`jobs-row-${index}`}>
                <Table.Td>{names[job.name] ?? job.name}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATE_COLORS[job.state]}>
                    {states[job.state]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {job.attempts} / {job.maxAttempts}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(job.createdAt, i18n.language)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={job.error ? 'red' : 'dimmed'} lineClamp={2}>
                    {job.error ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {job.state === 'failed' && (
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
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
