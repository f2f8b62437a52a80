import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { ListFooter } from '../../components/ui/ListFooter';
import { LoadError } from '../../components/ui/LoadError';
import { formatDate, formatMoney } from '../../lib/format';
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

  if (invoices.isPending) return <CenteredLoader />;
  if (invoices.isError)
    return <LoadError error={invoices.error} onRetry={() => void invoices.refetch()} />;
  if (invoices.data.total === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="subscription-invoices-empty">
        {t('subscriptions.detail.noInvoices')}
      </Text>
    );
  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={620} type="native">
        <Table
          verticalSpacing="sm"
          style={{ opacity: invoices.isPlaceholderData ? 0.6 : 1 }}
          data-testid="subscription-invoices"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('documents.columns.number')}</Table.Th>
              <Table.Th>{t('subscriptions.columns.period')}</Table.Th>
              <Table.Th>{t('documents.columns.issueDate')}</Table.Th>
              <Table.Th ta="right">{t('documents.columns.totalIncl')}</Table.Th>
              <Table.Th>{t('documents.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoices.data.items.map((invoice, index) => (
              <Table.Tr key={invoice.invoiceId} data-testid={`subscription-invoice-${index}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor
                    size="sm"
                    fw={600}
                    ff={invoice.numberFormatted ? 'monospace' : undefined}
                    fs={invoice.numberFormatted ? undefined : 'italic'}
                    renderRoot={(props) => (
                      <Link
                        to="/invoices/$documentId"
                        params={{ documentId: invoice.invoiceId }}
                        {...props}
                      />
                    )}
                  >
                    {invoice.numberFormatted ?? t('documents.noNumber')}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {t('subscriptions.periodRange', {
                    start: formatDate(invoice.periodStart, i18n.language),
                    end: formatDate(invoice.periodEnd, i18n.language),
                  })}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(invoice.issueDate, i18n.language)}
                </Table.Td>
                <Table.Td
                  ta="right"
                  style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                >
                  {formatMoney(invoice.totalIncl, invoice.currency, i18n.language)}
                </Table.Td>
                <Table.Td>
                  {invoice.deleted ? (
                    <Text size="sm" c="dimmed">
                      {t('subscriptions.detail.deletedInvoice')}
                    </Text>
                  ) : (
                    <StatusBadge status={invoice.status} />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ListFooter
        page={invoices.data.page}
        pageSize={invoices.data.pageSize}
        total={invoices.data.total}
        onPage={setPage}
      />
    </Stack>
  );
}
