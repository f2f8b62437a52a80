import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { markPurchasePaidRequestSchema } from '../../../contract/index.js';
import { todayIso } from '../../lib/dates';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useMarkPurchasePaid } from './api';
import { FormModal } from '../../components/form/FormModal';

/** The day the supplier was paid; today unless told otherwise. Mounted open. */
export function MarkPurchasePaidModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const markPaid = useMarkPurchasePaid(id);
  const form = useForm({
    initialValues: { date: todayIso() },
    validate: (values) => schemaErrors(markPurchasePaidRequestSchema, values),
  });
  const submit = form.onSubmit(({ date }) =>
    markPaid.mutate(date, {
      onSuccess: () => {
        notifySuccess(t('purchases.paid.done'));
        onClose();
      },
      onError: (error) => showServerErrors(form, error),
    }),
  );
  return (
    <FormModal
      opened={true}
      onClose={onClose}
      title={t('purchases.paid.title')}
      onSubmit={submit}
      submitLabel={t('purchases.paid.confirm')}
      submitTestId="purchase-paid-confirm"
      saving={markPaid.isPending}
    >
      <Text size="sm">{t('purchases.paid.text')}</Text>
      <TextInput
        type="date"
        label={t('purchases.paid.date')}
        required
        max={todayIso()}
        data-autofocus
        data-testid="purchase-paid-date"
        {...form.getInputProps('date')}
      />
    </FormModal>
  );
}
