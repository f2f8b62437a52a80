import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  paymentInputSchema,
  type Document,
  type PaymentAccount,
  type PaymentInput,
} from '../../../contract/index.js';
import { DecimalInput } from '../../components/ui/DecimalInput';
import { ApiError } from '../../lib/api-error';
import { todayIso } from '../../lib/dates';
import { currencySymbol } from '../../lib/format';
import { formatIban } from '../../../core/identifiers/index.js';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useRecordPayment } from './api';

interface Values {
  date: string;
  amount: string;
  paymentAccountId: string | null;
  reference: string;
}

interface RecordPaymentModalProps {
  invoice: Document;
  accounts: PaymentAccount[];
  onClose: () => void;
}

/** Codes that ask for a second look rather than refuse: the user may record anyway. */
const CONFIRMABLE = ['overpayment', 'possibleDuplicatePayment'];

const toInput = (values: Values, confirm: boolean): PaymentInput => ({
  date: values.date,
  amount: values.amount,
  paymentAccountId: values.paymentAccountId ?? '',
  reference: values.reference.trim() || null,
  confirm,
});

type Method = PaymentAccount['kind'];

/** The account a payment by `method` goes to first: the default bank account for transfers. */
function preselected(accounts: PaymentAccount[], method: Method): string | null {
  const offered = accounts.filter((account) => account.kind === method);
  return (offered.find((account) => account.isDefault) ?? offered[0])?.id ?? null;
}

/**
 * A payment received for an invoice; the amount starts at what is still open. A transfer goes to
 * one of the company's bank accounts (the default preselected), cash to its cash book. Mounted open.
 */
export function RecordPaymentModal({ invoice, accounts: all, onClose }: RecordPaymentModalProps) {
  const { t, i18n } = useTranslation();
  const accounts = all.filter((account) => account.active);
  const methods = (['bank', 'cash'] as const).filter((kind) =>
    accounts.some((account) => account.kind === kind),
  );
  const [method, setMethod] = useState<Method>(methods[0] ?? 'bank');
  const record = useRecordPayment(invoice.id);
  const [warning, setWarning] = useState<string | null>(null);
  const open = Number(invoice.openBalance) > 0 ? invoice.openBalance : '';
  const form = useForm<Values>({
    initialValues: {
      date: todayIso(),
      amount: open,
      paymentAccountId: preselected(accounts, method),
      reference: '',
    },
    validate: (values) => schemaErrors(paymentInputSchema, toInput(values, false)),
  });

  const send = (values: Values, confirm: boolean) =>
    record.mutate(toInput(values, confirm), {
      onSuccess: () => {
        notifySuccess(t('payments.recorded'));
        onClose();
      },
      onError: (error) => {
        if (error instanceof ApiError && CONFIRMABLE.includes(error.code)) {
          setWarning(error.message);
          return;
        }
        showServerErrors(form, error);
      },
    });

  // Any change after a warning is a new question for the server.
  form.watch('amount', () => setWarning(null));
  form.watch('date', () => setWarning(null));

  return (
    <Modal opened onClose={onClose} title={t('payments.record.title')} centered>
      <form onSubmit={form.onSubmit((values) => send(values, false))} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t('payments.record.date')}
              required
              data-testid="payment-date"
              {...form.getInputProps('date')}
            />
            <DecimalInput
              label={t('payments.record.amount')}
              required
              rightSection={currencySymbol(invoice.currency, i18n.language)}
              data-autofocus
              data-testid="payment-amount"
              {...form.getInputProps('amount')}
            />
          </SimpleGrid>
          {methods.length > 1 && (
            <SegmentedControl
              fullWidth
              aria-label={t('payments.record.method')}
              value={method}
              onChange={(value) => {
                const next = value as Method;
                setMethod(next);
                form.setFieldValue('paymentAccountId', preselected(accounts, next));
              }}
              data={[
                { value: 'bank', label: t('payments.record.transfer') },
                { value: 'cash', label: t('payments.record.cash') },
              ]}
              data-testid="payment-method"
            />
          )}
          <Select
            label={t('payments.record.account')}
            required
            allowDeselect={false}
            data={accounts
              .filter((account) => account.kind === method)
              .map((account) => ({
                value: account.id,
                label:
                  account.iban && account.iban !== account.name
                    ? `${account.name} · ${formatIban(account.iban)}`
                    : account.iban
                      ? formatIban(account.iban)
                      : account.name,
              }))}
            data-testid="payment-account"
            {...form.getInputProps('paymentAccountId')}
          />
          <TextInput
            label={t('payments.record.reference')}
            placeholder={invoice.structuredCommunication ?? undefined}
            autoComplete="off"
            data-testid="payment-reference"
            {...form.getInputProps('reference')}
          />
          {warning && (
            <Alert
              color="orange"
              variant="light"
              icon={<IconAlertTriangle />}
              data-testid="payment-warning"
            >
              {warning}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            {warning ? (
              <Button
                color="orange"
                loading={record.isPending}
                onClick={() => send(form.getValues(), true)}
                data-testid="payment-confirm"
              >
                {t('payments.record.anyway')}
              </Button>
            ) : (
              <Button type="submit" loading={record.isPending} data-testid="payment-save">
                {t('payments.record.save')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
