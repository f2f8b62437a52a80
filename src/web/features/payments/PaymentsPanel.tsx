import { ActionIcon, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconCash, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document, Payment } from '../../../contract/index.js';
import { ConfirmModal } from '../../components/ui/ConfirmModal';
import { formatDate, formatMoney } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useMe } from '../me/me-context';
import { paymentAccountsQueryOptions, useDeletePayment } from './api';
import { MarkPaidButton } from './MarkPaidButton';
import { RecordPaymentModal } from './RecordPaymentModal';
import { SidePanel } from '../../components/ui/SidePanel';

/** The payments of a finalized invoice, and the ways to add one. */
export function PaymentsPanel({ invoice }: { invoice: Document }) {
  const { t, i18n } = useTranslation();
  const { organization } = useMe();
  const accountsQuery = useQuery(paymentAccountsQueryOptions(organization.id));
  const accounts = (accountsQuery.data ?? []).filter((account) => account.active);
  const remove = useDeletePayment(invoice.id);
  const [recording, setRecording] = useState(false);
  const [deleting, setDeleting] = useState<Payment | null>(null);
  const money = (value: string) => formatMoney(value, invoice.currency, i18n.language);
  const open = Number(invoice.openBalance) > 0;

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting.id, {
      onSuccess: () => {
        setDeleting(null);
        notifySuccess(t('payments.deleted'));
      },
      onError: notifyError,
    });
  };

  return (
    <SidePanel title={t('payments.title')} testId="payments-panel">
      {invoice.payments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('payments.none')}
        </Text>
      ) : (
        <Table verticalSpacing={6} horizontalSpacing={4} data-testid="payments-list">
          <Table.Tbody>
            {invoice.payments.map((payment, index) => (
              <Table.Tr key={payment.id} data-testid={`payment-row-${index}`}>
                <Table.Td>
                  <Text size="sm">{formatDate(payment.date, i18n.language)}</Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {[payment.paymentAccountName, payment.reference].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td
                  ta="right"
                  style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                >
                  {money(payment.amount)}
                </Table.Td>
                <Table.Td w={32}>
                  <Tooltip label={t('payments.delete')} openDelay={400}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => setDeleting(payment)}
                      aria-label={t('payments.delete')}
                      data-testid={`payment-delete-${index}`}
                    >
                      <IconTrash size={16} stroke={1.6} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {open && (
        <Group gap="xs">
          <Button
            leftSection={<IconCash size={18} stroke={1.6} />}
            onClick={() => setRecording(true)}
            // The form starts on the default account: it must be known first.
            loading={accountsQuery.isPending}
            data-testid="payment-record"
          >
            {t('payments.recordButton')}
          </Button>
          <MarkPaidButton invoice={invoice} accounts={accounts} />
        </Group>
      )}
      {recording && (
        <RecordPaymentModal
          invoice={invoice}
          accounts={accounts}
          onClose={() => setRecording(false)}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('payments.deleteTitle')}
        confirmLabel={t('payments.delete')}
        onConfirm={confirmDelete}
        loading={remove.isPending}
        danger
      >
        <Text size="sm">
          {deleting &&
            t('payments.deleteText', {
              amount: money(deleting.amount),
              date: formatDate(deleting.date, i18n.language),
            })}
        </Text>
      </ConfirmModal>
    </SidePanel>
  );
}
