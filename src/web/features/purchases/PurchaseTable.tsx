import { Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PurchaseInvoiceSummary } from '../../../contract/index.js';
import { DataTable } from '../../components/list/DataTable';
import { RowLink } from '../../components/list/RowLink';
import { todayIso } from '../../lib/dates';
import { formatDate, formatMoney } from '../../lib/format';
import { useReceivedKindLabels } from '../received/use-received-kind-labels';
import { PurchaseStatusBadge } from './PurchaseStatusBadge';

interface PurchaseTableProps {
  purchases: PurchaseInvoiceSummary[];
  stale: boolean;
}

/** Supplier invoices with their totals. */
export function PurchaseTable({ purchases, stale }: PurchaseTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const kinds = useReceivedKindLabels();
  const today = todayIso();
  const overdue = (purchase: PurchaseInvoiceSummary) =>
    purchase.status === 'toPay' && purchase.dueDate !== null && purchase.dueDate < today;
  const money = (purchase: PurchaseInvoiceSummary, value: string) =>
    formatMoney(value, purchase.currency, i18n.language);
  return (
    <DataTable<PurchaseInvoiceSummary>
      rows={purchases}
      rowKey={(purchase) => purchase.id}
      testIdPrefix="purchases"
      minWidth={900}
      stale={stale}
      onRowClick={(purchase) =>
        void navigate({ to: '/purchases/$purchaseId', params: { purchaseId: purchase.id } })
      }
      columns={[
        {
          key: 'number',
          header: t('purchases.columns.number'),
          nowrap: true,
          cell: (purchase) => (
            <>
              <RowLink
                to="/purchases/$purchaseId"
                params={{ purchaseId: purchase.id }}
                ff="monospace"
              >
                {purchase.number}
              </RowLink>
              {purchase.kind === 'creditNote' && (
                <Text size="xs" c="dimmed">
                  {kinds.creditNote}
                </Text>
              )}
            </>
          ),
        },
        {
          key: 'supplier',
          header: t('purchases.columns.supplier'),
          maxWidth: 260,
          cell: (purchase) => (
            <Text size="sm" lineClamp={2}>
              {purchase.supplierName}
            </Text>
          ),
        },
        {
          key: 'issueDate',
          header: t('purchases.columns.issueDate'),
          nowrap: true,
          cell: (purchase) => formatDate(purchase.issueDate, i18n.language),
        },
        {
          key: 'dueDate',
          header: t('purchases.columns.dueDate'),
          nowrap: true,
          cell: (purchase) => (
            <Text
              size="sm"
              c={overdue(purchase) ? 'red' : undefined}
              fw={overdue(purchase) ? 600 : undefined}
            >
              {formatDate(purchase.dueDate, i18n.language)}
            </Text>
          ),
        },
        {
          key: 'totalExcl',
          header: t('purchases.columns.totalExcl'),
          numeric: true,
          cell: (purchase) => money(purchase, purchase.totalExcl),
        },
        {
          key: 'totalVat',
          header: t('purchases.columns.totalVat'),
          numeric: true,
          cell: (purchase) => money(purchase, purchase.totalVat),
        },
        {
          key: 'totalIncl',
          header: t('purchases.columns.totalIncl'),
          numeric: true,
          cell: (purchase) => (
            <Text size="sm" fw={500}>
              {money(purchase, purchase.totalIncl)}
            </Text>
          ),
        },
        {
          key: 'status',
          header: t('purchases.columns.status'),
          cell: (purchase) => (
            <PurchaseStatusBadge status={purchase.status} overdue={overdue(purchase)} />
          ),
        },
      ]}
    />
  );
}
