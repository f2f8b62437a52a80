import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconEdit,
  IconPlayerPause,
  IconPlayerPlay,
  IconReceipt,
  IconTrash,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/ui/BackLink';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { ConfirmModal } from '../../components/ui/ConfirmModal';
import { Fact } from '../../components/ui/Fact';
import { LoadError } from '../../components/ui/LoadError';
import { PageHeader } from '../../components/ui/PageHeader';
import { formatDate, formatMoney } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../me/me-context';
import {
  subscriptionQueryOptions,
  useDeleteSubscription,
  useRunSubscriptionNow,
  useSubscriptionAction,
} from './api';
import { SubscriptionEditor } from './SubscriptionEditor';
import { SubscriptionInvoices } from './SubscriptionInvoices';
import { SubscriptionStatusBadge } from './SubscriptionStatusBadge';
import {
  formatHour,
  formatRunAt,
  lastErrorText,
  useFrequencyLabels,
  useSendModeLabels,
} from './use-subscription-labels';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** One subscription: what it invoices and when, its next invoices, and those it made. */
export function SubscriptionDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { organization } = useMe();
  const navigate = useNavigate();
  const query = useQuery(subscriptionQueryOptions(organization.id, id));
  const frequencies = useFrequencyLabels();
  const sendModes = useSendModeLabels();
  const action = useSubscriptionAction(id);
  const runNow = useRunSubscriptionNow(id);
  const remove = useDeleteSubscription(id);
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<'run' | 'delete' | null>(null);
  const subscription = query.data;
  const title = subscription ? (subscription.name ?? subscription.customerName) : '';
  usePageTitle(title || t('subscriptions.title'));

  const back = <BackLink to="/subscriptions">{t('subscriptions.title')}</BackLink>;
  if (query.isPending) return <CenteredLoader />;
  if (query.isError || !subscription)
    return (
      <Stack gap="xl">
        {back}
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );

  if (editing)
    return (
      <Stack gap="lg">
        <Stack gap="xs">
          {back}
          <PageHeader title={title} titleTestId="subscription-editor-title" />
        </Stack>
        <SubscriptionEditor
          key={subscription.updatedAt}
          subscription={subscription}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      </Stack>
    );

  const money = (value: string) => formatMoney(value, subscription.currency, i18n.language);
  const problem = lastErrorText(subscription);
  const automatic = subscription.autoFinalize
    ? subscription.autoSend === 'off'
      ? t('subscriptions.detail.finalized')
      : t('subscriptions.detail.finalizedAndSent', {
          channel: lowerFirst(sendModes[subscription.autoSend]),
        })
    : t('subscriptions.detail.drafts');

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        {back}
        <PageHeader
          title={title}
          titleTestId="subscription-title"
          description={
            <Group gap="sm">
              <SubscriptionStatusBadge subscription={subscription} testId="subscription-status" />
              {subscription.name && <Text size="sm">{subscription.customerName}</Text>}
            </Group>
          }
          actions={
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconEdit size={18} />}
                onClick={() => setEditing(true)}
                data-testid="subscription-edit"
              >
                {t('subscriptions.actions.edit')}
              </Button>
              {!subscription.ended &&
                (subscription.active ? (
                  <Button
                    variant="default"
                    leftSection={<IconPlayerPause size={18} />}
                    loading={action.isPending}
                    onClick={() =>
                      action.mutate('pause', {
                        onSuccess: () => notifySuccess(t('subscriptions.paused')),
                        onError: notifyError,
                      })
                    }
                    data-testid="subscription-pause"
                  >
                    {t('subscriptions.actions.pause')}
                  </Button>
                ) : (
                  <Button
                    variant="default"
                    leftSection={<IconPlayerPlay size={18} />}
                    loading={action.isPending}
                    onClick={() =>
                      action.mutate('resume', {
                        onSuccess: () => notifySuccess(t('subscriptions.resumed')),
                        onError: notifyError,
                      })
                    }
                    data-testid="subscription-resume"
                  >
                    {t('subscriptions.actions.resume')}
                  </Button>
                ))}
              {subscription.active && !subscription.ended && (
                <Button
                  leftSection={<IconReceipt size={18} />}
                  onClick={() => setConfirm('run')}
                  data-testid="subscription-run-now"
                >
                  {t('subscriptions.actions.runNow')}
                </Button>
              )}
              {subscription.invoiceCount === 0 && (
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={18} />}
                  onClick={() => setConfirm('delete')}
                  data-testid="subscription-delete"
                >
                  {t('subscriptions.actions.delete')}
                </Button>
              )}
            </Group>
          }
        />
      </Stack>

      {problem && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle />}
          title={t('subscriptions.detail.problemTitle')}
          data-testid="subscription-problem"
        >
          {problem}
        </Alert>
      )}

      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg">
          <Fact label={t('subscriptions.columns.customer')}>
            <Anchor
              size="sm"
              renderRoot={(props) => (
                <Link
                  to="/customers/$customerId"
                  params={{ customerId: subscription.customerId }}
                  {...props}
                />
              )}
            >
              {subscription.customerName}
            </Anchor>
          </Fact>
          <Fact label={t('subscriptions.columns.frequency')} testId="subscription-frequency-value">
            {t('subscriptions.detail.frequencyAt', {
              frequency: frequencies[subscription.frequency],
              hour: formatHour(subscription.creationHour),
            })}
          </Fact>
          <Fact label={t('subscriptions.columns.nextRun')} testId="subscription-next-run">
            {subscription.nextRunAt
              ? formatRunAt(subscription.nextRunAt, i18n.language)
              : subscription.ended
                ? t('subscriptions.statuses.ended')
                : t('subscriptions.statuses.paused')}
          </Fact>
          <Fact label={t('subscriptions.columns.amount')}>
            {t('subscriptions.detail.amount', {
              excl: money(subscription.totalExcl),
              incl: money(subscription.totalIncl),
            })}
          </Fact>
          <Fact label={t('subscriptions.detail.dates')}>
            {subscription.endDate
              ? t('subscriptions.periodRange', {
                  start: formatDate(subscription.startDate, i18n.language),
                  end: formatDate(subscription.endDate, i18n.language),
                })
              : t('subscriptions.detail.since', {
                  date: formatDate(subscription.startDate, i18n.language),
                })}
          </Fact>
          <Fact label={t('subscriptions.detail.automatic')}>{automatic}</Fact>
          <Fact label={t('subscriptions.detail.invoiceCount')}>{subscription.invoiceCount}</Fact>
        </SimpleGrid>
      </Paper>

      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="sm">
          <Title order={2} fz="md">
            {t('subscriptions.detail.upcoming')}
          </Title>
          {subscription.upcoming.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('subscriptions.preview.none')}
            </Text>
          ) : (
            <List size="sm" spacing={4} data-testid="subscription-upcoming">
              {subscription.upcoming.map((occurrence) => (
                <List.Item key={occurrence.cycle}>
                  {t('subscriptions.preview.item', {
                    when: formatRunAt(occurrence.runAt, i18n.language),
                    start: formatDate(occurrence.periodStart, i18n.language),
                    end: formatDate(occurrence.periodEnd, i18n.language),
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="sm">
          <Title order={2} fz="md">
            {t('subscriptions.detail.invoices')}
          </Title>
          <SubscriptionInvoices subscriptionId={subscription.id} />
        </Stack>
      </Paper>

      <ConfirmModal
        opened={confirm === 'run'}
        onClose={() => setConfirm(null)}
        title={t('subscriptions.runNow.title')}
        confirmLabel={t('subscriptions.actions.runNow')}
        loading={runNow.isPending}
        onConfirm={() =>
          runNow.mutate(undefined, {
            onSuccess: (invoice) => {
              setConfirm(null);
              notifySuccess(t('subscriptions.runNow.done'));
              void navigate({
                to: '/invoices/$documentId',
                params: { documentId: invoice.invoiceId },
              });
            },
            onError: (error) => {
              setConfirm(null);
              notifyError(error);
            },
          })
        }
      >
        <Text size="sm">
          {subscription.upcoming[0]
            ? t('subscriptions.runNow.text', {
                start: formatDate(subscription.upcoming[0].periodStart, i18n.language),
                end: formatDate(subscription.upcoming[0].periodEnd, i18n.language),
              })
            : ''}
        </Text>
      </ConfirmModal>
      <ConfirmModal
        opened={confirm === 'delete'}
        onClose={() => setConfirm(null)}
        title={t('subscriptions.deleteConfirm.title')}
        confirmLabel={t('subscriptions.actions.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notifySuccess(t('subscriptions.deleted'));
              void navigate({ to: '/subscriptions' });
            },
            onError: (error) => {
              setConfirm(null);
              notifyError(error);
            },
          })
        }
      >
        <Text size="sm">{t('subscriptions.deleteConfirm.text')}</Text>
      </ConfirmModal>
    </Stack>
  );
}
