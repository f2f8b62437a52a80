import { Anchor, Table, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PurchaseInvoiceSummary } from '../../../contract/index.js';
import { todayIso } from '../../lib/dates';
import { formatDate, formatMoney } from '../../lib/format';
import { useReceivedKindLabels } from '../received/use-received-kind-labels';
import { PurchaseStatusBadge } from './PurchaseStatusBadge';

const AMOUNT = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

interface PurchaseTableProps {
  purchases: PurchaseInvoiceSummary[];
  /** A new page is on its way: dim the current one. */
  stale: boolean;
}

/** Supplier invoices with their totals. On a phone the table scrolls inside its frame. */
export function PurchaseTable({ purchases, stale }: PurchaseTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const kinds = useReceivedKindLabels();
  const today = todayIso();
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table
        highlightOnHover
        verticalSpacing="sm"
        style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid="purchases-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('purchases.columns.number')}</Table.Th>
            <Table.Th>{t('purchases.columns.supplier')}</Table.Th>
            <Table.Th>{t('purchases.columns.issueDate')}</Table.Th>
            <Table.Th>{t('purchases.columns.dueDate')}</Table.Th>
            <Table.Th ta="right">{t('purchases.columns.totalExcl')}</Table.Th>
            <Table.Th ta="right">{t('purchases.columns.totalVat')}</Table.Th>
            <Table.Th ta="right">{t('purchases.columns.totalIncl')}</Table.Th>
            <Table.Th>{t('purchases.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {purchases.map((purchase, index) => {
            const money = (value: string) => formatMoney(value, purchase.currency, i18n.language);
            const overdue =
              purchase.status === 'toPay' && purchase.dueDate !== null && purchase.dueDate < today;
            return (
              <Table.Tr
                key={purchase.id}
                data-testid={`purchases-row-${index}`}
                style={{ cursor: 'pointer' }}
                onClick={(event) => {
                  if (event.target instanceof Element && event.target.closest('a')) return;
                  void navigate({
                    to: '/purchases/$purchaseId',
                    params: { purchaseId: purchase.id },
                  });
                }}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor
                    size="sm"
                    fw={600}
                    ff="monospace"
                    renderRoot={(props) => (
                      <Link
                        to="/purchases/$purchaseId"
                        params={{ purchaseId: purchase.id }}
                        {...props}
                      />
                    )}
                  >
                    {purchase.number}
                  </Anchor>
                  {purchase.kind === 'creditNote' && (
                    <Text size="xs" c="dimmed">
                      {kinds.creditNote}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td maw={260}>
                  <Text size="sm" lineClamp={2}>
                    {purchase.supplierName}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(purchase.issueDate, i18n.language)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
                    {formatDate(purchase.dueDate, i18n.language)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={AMOUNT}>
                  {money(purchase.totalExcl)}
                </Table.Td>
                <Table.Td ta="right" style={AMOUNT}>
                  {money(purchase.totalVat)}
                </Table.Td>
                <Table.Td ta="right" style={AMOUNT} fw={500}>
                  {money(purchase.totalIncl)}
                </Table.Td>
                <Table.Td>
                  <PurchaseStatusBadge status={purchase.status} overdue={overdue} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
