import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SubscriptionSummary } from '../../../contract/index.js';
import { SortableTh } from '../../components/ui/SortableTh';
import { formatMoney } from '../../lib/format';
import type { Sort } from '../../lib/sort';
import type { SubscriptionSortField } from './subscription-search';
import { SubscriptionStatusBadge } from './SubscriptionStatusBadge';
import { formatRunAt, useFrequencyLabels } from './use-subscription-labels';

interface SubscriptionTableProps {
  subscriptions: SubscriptionSummary[];
  sort: Sort<SubscriptionSortField>;
  onSort: (field: SubscriptionSortField) => void;
  stale: boolean;
}

const AMOUNT = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** On a phone the table scrolls sideways inside its frame; the page itself never does. */
export function SubscriptionTable({ subscriptions, sort, onSort, stale }: SubscriptionTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const frequencies = useFrequencyLabels();
  const sortable = (field: SubscriptionSortField, label: string, right = false) => (
    <SortableTh
      sorted={sort.field === field ? sort.direction : null}
      onSort={() => onSort(field)}
      testId={`subscriptions-sort-${field}`}
      right={right}
    >
      {label}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table
        highlightOnHover
        verticalSpacing="sm"
        style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid="subscriptions-table"
      >
        <Table.Thead>
          <Table.Tr>
            {sortable('customer', t('subscriptions.columns.customer'))}
            <Table.Th>{t('subscriptions.columns.frequency')}</Table.Th>
            {sortable('nextRun', t('subscriptions.columns.nextRun'))}
            {sortable('amount', t('subscriptions.columns.amount'), true)}
            <Table.Th>{t('subscriptions.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subscriptions.map((subscription, index) => (
            <Table.Tr
              key={subscription.id}
              data-testid={`subscriptions-row-${index}`}
              style={{ cursor: 'pointer' }}
              onClick={(event) => {
                if (event.target instanceof Element && event.target.closest('a')) return;
                void navigate({
                  to: '/subscriptions/$subscriptionId',
                  params: { subscriptionId: subscription.id },
                });
              }}
            >
              <Table.Td maw={320}>
                <Stack gap={0}>
                  <Anchor
                    size="sm"
                    fw={600}
                    renderRoot={(props) => (
                      <Link
                        to="/subscriptions/$subscriptionId"
                        params={{ subscriptionId: subscription.id }}
                        {...props}
                      />
                    )}
                  >
                    {subscription.customerName}
                  </Anchor>
                  {subscription.name && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {subscription.name}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {frequencies[subscription.frequency]}
              </Table.Td>
              <Table.Td
                style={{ whiteSpace: 'nowrap' }}
                data-testid={`subscriptions-next-${index}`}
              >
                {subscription.nextRunAt ? formatRunAt(subscription.nextRunAt, i18n.language) : '–'}
              </Table.Td>
              <Table.Td ta="right" style={AMOUNT}>
                {formatMoney(subscription.totalIncl, subscription.currency, i18n.language)}
              </Table.Td>
              <Table.Td>
                <SubscriptionStatusBadge
                  subscription={subscription}
                  testId={`subscriptions-status-${index}`}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
