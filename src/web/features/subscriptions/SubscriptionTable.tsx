import { Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SubscriptionSummary } from '../../../contract/index.js';
import { DataTable, sortControl } from '../../components/list/DataTable';
import { RowLink } from '../../components/list/RowLink';
import type { ListPage } from '../../components/list/use-list-page';
import { formatMoney } from '../../lib/format';
import {
  subscriptionSort,
  type SubscriptionSearch,
  type SubscriptionSortField,
} from './subscription-search';
import { SubscriptionStatusBadge } from './SubscriptionStatusBadge';
import { formatRunAt, useFrequencyLabels } from './use-subscription-labels';

interface SubscriptionTableProps extends ListPage<SubscriptionSearch> {
  subscriptions: SubscriptionSummary[];
  stale: boolean;
}

export function SubscriptionTable({
  subscriptions,
  search,
  onChange,
  stale,
}: SubscriptionTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const frequencies = useFrequencyLabels();
  return (
    <DataTable<SubscriptionSummary, SubscriptionSortField>
      rows={subscriptions}
      rowKey={(subscription) => subscription.id}
      testIdPrefix="subscriptions"
      minWidth={760}
      stale={stale}
      sort={sortControl(subscriptionSort(search), onChange)}
      onRowClick={(subscription) =>
        void navigate({
          to: '/subscriptions/$subscriptionId',
          params: { subscriptionId: subscription.id },
        })
      }
      columns={[
        {
          key: 'customer',
          header: t('subscriptions.columns.customer'),
          sort: 'customer',
          maxWidth: 320,
          cell: (subscription) => (
            <Stack gap={0}>
              <RowLink
                to="/subscriptions/$subscriptionId"
                params={{ subscriptionId: subscription.id }}
              >
                {subscription.customerName}
              </RowLink>
              {subscription.name && (
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {subscription.name}
                </Text>
              )}
            </Stack>
          ),
        },
        {
          key: 'frequency',
          header: t('subscriptions.columns.frequency'),
          nowrap: true,
          cell: (subscription) => frequencies[subscription.frequency],
        },
        {
          key: 'nextRun',
          header: t('subscriptions.columns.nextRun'),
          sort: 'nextRun',
          nowrap: true,
          cell: (subscription, index) => (
            <span data-testid={`subscriptions-next-${index}`}>
              {subscription.nextRunAt ? formatRunAt(subscription.nextRunAt, i18n.language) : '–'}
            </span>
          ),
        },
        {
          key: 'amount',
          header: t('subscriptions.columns.amount'),
          sort: 'amount',
          numeric: true,
          cell: (subscription) =>
            formatMoney(subscription.totalIncl, subscription.currency, i18n.language),
        },
        {
          key: 'status',
          header: t('subscriptions.columns.status'),
          cell: (subscription, index) => (
            <SubscriptionStatusBadge
              subscription={subscription}
              testId={`subscriptions-status-${index}`}
            />
          ),
        },
      ]}
    />
  );
}
