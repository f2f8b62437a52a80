import { SegmentedControl, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  paymentAccountInputSchema,
  type PaymentAccount,
  type PaymentAccountInput,
} from '../../../contract/index.js';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useSavePaymentAccount } from './api';
import { FormModal } from '../../components/form/FormModal';

interface Values {
  kind: 'bank' | 'cash';
  name: string;
  iban: string;
  bic: string;
  active: boolean;
  onDocuments: boolean;
  isDefault: boolean;
}

const toInput = (values: Values): PaymentAccountInput => ({
  kind: values.kind,
  name: values.name,
  iban: values.kind === 'bank' ? values.iban || null : null,
  bic: values.kind === 'bank' ? values.bic || null : null,
  active: values.active,
  onDocuments: values.kind === 'bank' && (values.onDocuments || values.isDefault),
  isDefault: values.kind === 'bank' && values.isDefault,
});

interface PaymentAccountModalProps {
  /** Absent for a new account. */
  account?: PaymentAccount;
  onClose: () => void;
}

/**
 * One of the company's accounts (the same list as the company settings' bank accounts): a bank
 * account with its IBAN, printed on documents or not, or a cash book. Mounted open.
 */
export function PaymentAccountModal({ account, onClose }: PaymentAccountModalProps) {
  const { t } = useTranslation();
  const save = useSavePaymentAccount(account?.id ?? null);
  const form = useForm<Values>({
    initialValues: {
      kind: account?.kind ?? 'bank',
      name: account?.name ?? '',
      iban: account?.iban ?? '',
      bic: account?.bic ?? '',
      active: account?.active ?? true,
      onDocuments: account?.onDocuments ?? false,
      isDefault: account?.isDefault ?? false,
    },
    validate: (values) => schemaErrors(paymentAccountInputSchema, toInput(values)),
  });

  const submit = form.onSubmit((values) =>
    save.mutate(toInput(values), {
      onSuccess: (saved) => {
        notifySuccess(t('payments.accounts.saved', { name: saved.name }));
        onClose();
      },
      onError: (error) => showServerErrors(form, error),
    }),
  );

  return (
    <FormModal
      opened={true}
      onClose={onClose}
      title={account ? t('payments.accounts.editTitle') : t('payments.accounts.newTitle')}
      onSubmit={submit}
      submitLabel={account ? t('form.save') : t('payments.accounts.create')}
      submitTestId="account-save"
      saving={save.isPending}
    >
      <SegmentedControl
        fullWidth
        data={[
          { value: 'bank', label: t('payments.accounts.kinds.bank') },
          { value: 'cash', label: t('payments.accounts.kinds.cash') },
        ]}
        data-testid="account-kind"
        {...form.getInputProps('kind')}
      />
      <TextInput
        label={t('payments.accounts.name')}
        placeholder={
          form.values.kind === 'bank'
            ? t('payments.accounts.namePlaceholderBank')
            : t('payments.accounts.namePlaceholderCash')
        }
        required
        data-autofocus
        data-testid="account-name"
        {...form.getInputProps('name')}
      />
      {form.values.kind === 'bank' && (
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <TextInput
            label={t('company.bank.iban')}
            placeholder="BE68 5390 0754 7034"
            required
            spellCheck={false}
            style={{ gridColumn: 'span 2' }}
            data-testid="account-iban"
            {...form.getInputProps('iban')}
          />
          <TextInput
            label={t('company.bank.bic')}
            placeholder="GKCCBEBB"
            spellCheck={false}
            data-testid="account-bic"
            {...form.getInputProps('bic')}
          />
        </SimpleGrid>
      )}
      {form.values.kind === 'bank' && (
        <>
          <Switch
            label={t('payments.accounts.onDocuments')}
            description={t('payments.accounts.onDocumentsHint')}
            data-testid="account-on-documents"
            {...form.getInputProps('onDocuments', { type: 'checkbox' })}
          />
          <Switch
            label={t('payments.accounts.isDefault')}
            description={t('payments.accounts.isDefaultHint')}
            data-testid="account-default"
            {...form.getInputProps('isDefault', { type: 'checkbox' })}
          />
        </>
      )}
      {account && (
        <Switch
          label={t('payments.accounts.active')}
          description={t('payments.accounts.activeHint')}
          data-testid="account-active"
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      )}
    </FormModal>
  );
}
