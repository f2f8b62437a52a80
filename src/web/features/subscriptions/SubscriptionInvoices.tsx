import { Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubscriptionInvoice } from '../../../contract/index.js';
import { DataTable } from '../../components/list/DataTable';
import { ListEmpty } from '../../components/list/ListEmpty';
import { ListPanel } from '../../components/list/ListPanel';
import { formatDate, formatMoney } from '../../lib/format';
import { DocumentNumberLink } from '../documents/DocumentLink';
import { StatusBadge } from '../documents/StatusBadge';
import { useMe } from '../me/me-context';
import { subscriptionInvoicesQueryOptions } from './api';

/** The invoices a subscription made, newest period first, each with the period it covers. */
export function SubscriptionInvoices({ subscriptionId }: { subscriptionId: string }) {
  const { t, i18n } = useTranslation();
  const { organization } = useMe();
  const [page, setPage] = useState(1);
  const invoices = useQuery(
    subscriptionInvoicesQueryOptions(organization.id, subscriptionId, page),
  );

  return (
    <ListPanel
      list={invoices}
      framed={false}
      onPage={(next) => setPage(next ?? 1)}
      empty={
        <ListEmpty
          icon={IconFileText}
          title={t('subscriptions.detail.noInvoices')}
          testId="subscription-invoices-empty"
        />
      }
    >
      {(items, stale) => (
        <DataTable<SubscriptionInvoice>
          rows={items}
          rowKey={(invoice) => invoice.invoiceId}
          testIdPrefix="subscription-invoices"
          minWidth={620}
          stale={stale}
          columns={[
            {
              key: 'number',
              header: t('documents.columns.number'),
              nowrap: true,
              cell: (invoice) => (
                <DocumentNumberLink
                  type="invoice"
                  id={invoice.invoiceId}
                  number={invoice.numberFormatted}
                />
              ),
            },
            {
              key: 'period',
              header: t('subscriptions.columns.period'),
              nowrap: true,
              cell: (invoice) =>
                t('subscriptions.periodRange', {
                  start: formatDate(invoice.periodStart, i18n.language),
                  end: formatDate(invoice.periodEnd, i18n.language),
                }),
            },
            {
              key: 'issueDate',
              header: t('documents.columns.issueDate'),
              nowrap: true,
              cell: (invoice) => formatDate(invoice.issueDate, i18n.language),
            },
            {
              key: 'total',
              header: t('documents.columns.totalIncl'),
              numeric: true,
              cell: (invoice) => formatMoney(invoice.totalIncl, invoice.currency, i18n.language),
            },
            {
              key: 'status',
              header: t('documents.columns.status'),
              cell: (invoice) =>
                invoice.deleted ? (
                  <Text size="sm" c="dimmed">
                    {t('subscriptions.detail.deletedInvoice')}
                  </Text>
                ) : (
                  <StatusBadge status={invoice.status} />
                ),
            },
          ]}
        />
      )}
    </ListPanel>
  );
}
