import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  productGroupInputSchema,
  type ProductGroup,
  type ProductGroupInput,
} from '../../../contract/index.js';
import { DecimalInput } from '../../components/ui/DecimalInput';
import { trimDecimal } from '../../lib/decimal';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useSaveProductGroup } from './api';
import { FormModal } from '../../components/form/FormModal';

interface Values {
  name: string;
  defaultMarginPercent: string;
  ledgerAccount: string;
}

const toInput = (values: Values): ProductGroupInput => ({
  name: values.name,
  defaultMarginPercent: values.defaultMarginPercent.trim() || null,
  ledgerAccount: values.ledgerAccount.trim() || null,
});

interface GroupFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The group to edit; absent to create one. */
  group?: ProductGroup | null;
  onSaved?: (group: ProductGroup) => void;
}

/** Create or rename a product group. Mounted only while open, so it always starts afresh. */
export function GroupFormModal({ opened, onClose, group = null, onSaved }: GroupFormModalProps) {
  const { t } = useTranslation();
  const save = useSaveProductGroup(group?.id ?? null);
  const form = useForm<Values>({
    initialValues: {
      name: group?.name ?? '',
      defaultMarginPercent: group?.defaultMarginPercent
        ? trimDecimal(group.defaultMarginPercent, 0)
        : '',
      ledgerAccount: group?.ledgerAccount ?? '',
    },
    validate: (values) => schemaErrors(productGroupInputSchema, toInput(values)),
  });

  const submit = form.onSubmit((values) =>
    save.mutate(toInput(values), {
      onSuccess: (saved) => {
        notifySuccess(t('productGroups.saved', { name: saved.name }));
        onSaved?.(saved);
        onClose();
      },
      onError: (error) => showServerErrors(form, error),
    }),
  );

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={group ? t('productGroups.editTitle') : t('productGroups.newTitle')}
      onSubmit={submit}
      submitLabel={group ? t('form.save') : t('productGroups.create')}
      submitTestId="group-save"
      saving={save.isPending}
    >
      <TextInput
        label={t('productGroups.fields.name')}
        required
        data-autofocus
        data-testid="group-name"
        {...form.getInputProps('name')}
      />
      <DecimalInput
        label={t('productGroups.fields.defaultMarginPercent')}
        description={t('productGroups.fields.defaultMarginHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        rightSection="%"
        data-testid="group-defaultMarginPercent"
        {...form.getInputProps('defaultMarginPercent')}
      />
      <TextInput
        label={t('productGroups.fields.ledgerAccount')}
        description={t('productGroups.fields.ledgerAccountHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        inputMode="numeric"
        maxLength={6}
        data-testid="group-ledgerAccount"
        {...form.getInputProps('ledgerAccount')}
      />
    </FormModal>
  );
}
