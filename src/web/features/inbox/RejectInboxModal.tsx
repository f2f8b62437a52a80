import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { rejectInboxRequestSchema } from '../../../contract/index.js';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useRejectInboxDocument } from './api';
import { FormModal } from '../../components/form/FormModal';

interface RejectInboxModalProps {
  id: string;
  opened: boolean;
  onClose: () => void;
}

/** Refusing a received document, with the reason kept for later (a wrong amount, not ours…). */
export function RejectInboxModal({ id, opened, onClose }: RejectInboxModalProps) {
  const { t } = useTranslation();
  const reject = useRejectInboxDocument(id);
  const form = useForm({
    initialValues: { reason: '' },
    validate: (values) => schemaErrors(rejectInboxRequestSchema, values),
  });

  const submit = form.onSubmit(({ reason }) =>
    reject.mutate(reason.trim(), {
      onSuccess: () => {
        notifySuccess(t('inbox.reject.done'));
        form.reset();
        onClose();
      },
      onError: (error) => showServerErrors(form, error),
    }),
  );

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('inbox.reject.title')}
      onSubmit={submit}
      submitLabel={t('inbox.reject.confirm')}
      submitTestId="inbox-reject-confirm"
      saving={reject.isPending}
      danger
    >
      <Text size="sm">{t('inbox.reject.text')}</Text>
      <Textarea
        label={t('inbox.reject.reason')}
        placeholder={t('inbox.reject.reasonPlaceholder')}
        required
        autosize
        minRows={3}
        maxLength={500}
        data-autofocus
        data-testid="inbox-reject-reason"
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}
