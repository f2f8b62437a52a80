import { Anchor, Box, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PurchaseInvoice } from '../../../contract/index.js';
import { DetailShell } from '../../components/list/DetailShell';
import { todayIso } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../me/me-context';
import { Fact } from '../../components/ui/Fact';
import { PayableCard } from '../received/PayableCard';
import { ReceivedLinesTable } from '../received/ReceivedLinesTable';
import { ReceivedVatTable } from '../received/ReceivedVatTable';
import { receivedHeader } from '../received/received-header';
import { useReceivedKindLabels } from '../received/use-received-kind-labels';
import { purchaseQueryOptions } from './api';
import { PurchasePaymentPanel } from './PurchasePaymentPanel';
import { PurchaseStatusBadge } from './PurchaseStatusBadge';
import { PurchaseTotals } from './PurchaseTotals';

/** One supplier invoice or credit note: its content and whether it is paid. */
export function PurchasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const kinds = useReceivedKindLabels();
  const query = useQuery(purchaseQueryOptions(organization.id, id));
  usePageTitle(
    query.data ? `${kinds[query.data.kind]} ${query.data.number}` : t('purchases.title'),
  );

  return (
    <DetailShell
      query={query}
      back={{ to: '/purchases', label: t('purchases.title') }}
      header={(purchase) =>
        receivedHeader({
          kind: kinds[purchase.kind],
          number: purchase.number,
          testIdPrefix: 'purchase',
          status: (
            <PurchaseStatusBadge
              status={purchase.status}
              overdue={isOverdue(purchase)}
              size="lg"
              testId="purchase-status"
            />
          ),
          party: purchase.supplierName,
        })
      }
      gap="lg"
    >
      {(purchase) => <PurchaseView purchase={purchase} />}
    </DetailShell>
  );
}

/** Still to pay after its due date. */
function isOverdue(purchase: PurchaseInvoice): boolean {
  return purchase.status === 'toPay' && purchase.dueDate !== null && purchase.dueDate < todayIso();
}

function PurchaseView({ purchase }: { purchase: PurchaseInvoice }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null) => formatDate(value, i18n.language);
  const inboxId = purchase.inboxDocumentId;

  return (
    <>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
            <Stack gap="lg">
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Fact label={t('purchases.detail.supplier')}>
                    <Anchor
                      fw={600}
                      renderRoot={(props) => (
                        <Link
                          to="/customers/$customerId"
                          params={{ customerId: purchase.supplierId }}
                          {...props}
                        />
                      )}
                      data-testid="purchase-supplier"
                    >
                      {purchase.supplierName}
                    </Anchor>
                  </Fact>
                </Grid.Col>
                <Grid.Col span={{ base: 6, sm: 3 }}>
                  <Fact label={t('purchases.detail.issueDate')}>{date(purchase.issueDate)}</Fact>
                </Grid.Col>
                {purchase.dueDate && (
                  <Grid.Col span={{ base: 6, sm: 3 }}>
                    <Fact label={t('purchases.detail.dueDate')} testId="purchase-due-date">
                      <Text span size="sm" c={isOverdue(purchase) ? 'red' : undefined}>
                        {date(purchase.dueDate)}
                      </Text>
                    </Fact>
                  </Grid.Col>
                )}
              </Grid>
              <ReceivedLinesTable lines={purchase.lines} testId="purchase-lines" />
              <ReceivedVatTable
                breakdown={purchase.vatBreakdown}
                currency={purchase.currency}
                testId="purchase-vat"
              />
              <Group justify="flex-end">
                <Box w={{ base: '100%', sm: 380 }}>
                  <PurchaseTotals purchase={purchase} />
                </Box>
              </Group>
              {inboxId && (
                <Anchor
                  size="sm"
                  renderRoot={(props) => (
                    <Link to="/inbox/$inboxId" params={{ inboxId }} {...props} />
                  )}
                  data-testid="purchase-inbox-link"
                >
                  <Group gap={6} wrap="nowrap">
                    <IconInbox size={16} stroke={1.6} />
                    {t('purchases.detail.original')}
                  </Group>
                </Anchor>
              )}
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            <PayableCard
              amount={purchase.totalPayable}
              currency={purchase.currency}
              dueDate={purchase.status === 'toPay' ? purchase.dueDate : null}
              testId="purchase-amount"
            />
            <PurchasePaymentPanel purchase={purchase} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
