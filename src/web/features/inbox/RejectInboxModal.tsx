import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { rejectInboxRequestSchema } from '../../../contract/index.js';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useRejectInboxDocument } from './api';

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
    <Modal opened={opened} onClose={onClose} title={t('inbox.reject.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
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
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color="red"
              loading={reject.isPending}
              data-testid="inbox-reject-confirm"
            >
              {t('inbox.reject.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
