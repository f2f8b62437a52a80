import { Button, Text } from '@mantine/core';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseInvoice } from '../../../contract/index.js';
import { formatDate } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { PaymentDetails } from '../received/PaymentDetails';
import { useMarkPurchaseUnpaid } from './api';
import { MarkPurchasePaidModal } from './MarkPurchasePaidModal';
import { SidePanel } from '../../components/ui/SidePanel';

/** Where to pay the supplier, and whether it is done. */
export function PurchasePaymentPanel({ purchase }: { purchase: PurchaseInvoice }) {
  const { t, i18n } = useTranslation();
  const [marking, setMarking] = useState(false);
  const markUnpaid = useMarkPurchaseUnpaid(purchase.id);
  const paid = purchase.status === 'paid';

  const onUnpaid = () =>
    markUnpaid.mutate(undefined, {
      onSuccess: () => notifySuccess(t('purchases.unpaid.done')),
      onError: notifyError,
    });

  return (
    <SidePanel title={t('received.payment.title')} testId="purchase-payment">
      <PaymentDetails
        iban={purchase.iban}
        bic={purchase.bic}
        reference={purchase.paymentReference}
        testId="purchase-payment-details"
      />
      {paid ? (
        <>
          <Text size="sm" c="teal" fw={500} data-testid="purchase-paid-at">
            {t('purchases.paid.on', { date: formatDate(purchase.paidAt, i18n.language) })}
          </Text>
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={18} stroke={1.6} />}
            onClick={onUnpaid}
            loading={markUnpaid.isPending}
            data-testid="purchase-mark-unpaid"
          >
            {t('purchases.unpaid.button')}
          </Button>
        </>
      ) : (
        <Button
          color="teal"
          variant="light"
          leftSection={<IconCheck size={18} stroke={1.6} />}
          onClick={() => setMarking(true)}
          data-testid="purchase-mark-paid"
        >
          {t('purchases.paid.button')}
        </Button>
      )}
      {marking && <MarkPurchasePaidModal id={purchase.id} onClose={() => setMarking(false)} />}
    </SidePanel>
  );
}
