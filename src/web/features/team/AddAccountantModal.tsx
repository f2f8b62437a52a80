import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { addAccountantRequestSchema } from '../../../contract/index.js';
import { ApiError } from '../../lib/api-error';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useAddAccountant } from './api';
import { FormModal } from '../../components/form/FormModal';

interface AddAccountantModalProps {
  opened: boolean;
  onClose: () => void;
}

/** "Add external user": the email of the accountant's own (free) Facto account. */
export function AddAccountantModal({ opened, onClose }: AddAccountantModalProps) {
  const { t } = useTranslation();
  const add = useAddAccountant();
  const form = useForm({
    initialValues: { email: '' },
    validate: (values) => schemaErrors(addAccountantRequestSchema, values),
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit(({ email }) => {
    add.mutate(email, {
      onSuccess: (member) => {
        notifySuccess(t('team.accountants.added', { email: member.email }));
        close();
      },
      onError: (error) => {
        const fields = showServerErrors(form, error);
        if (error instanceof ApiError && Object.keys(fields).length === 0)
          form.setFieldError('email', error.message);
      },
    });
  });
  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={t('team.accountants.addTitle')}
      onSubmit={submit}
      submitLabel={t('team.accountants.add')}
      submitTestId="accountant-add-submit"
      saving={add.isPending}
    >
      <Text size="sm">{t('team.accountants.addIntro')}</Text>
      <TextInput
        label={t('team.accountants.email')}
        type="email"
        autoComplete="off"
        required
        data-autofocus
        data-testid="accountant-email"
        {...form.getInputProps('email')}
      />
    </FormModal>
  );
}
