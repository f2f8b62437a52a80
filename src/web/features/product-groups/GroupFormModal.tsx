import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
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
    <Modal
      opened={opened}
      onClose={onClose}
      title={group ? t('productGroups.editTitle') : t('productGroups.newTitle')}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
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
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="group-save">
              {group ? t('form.save') : t('productGroups.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
