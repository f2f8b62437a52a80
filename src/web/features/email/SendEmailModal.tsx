import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Modal,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle, IconPaperclip } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  sendEmailRequestSchema,
  type Document,
  type EmailDraft,
  type SendEmailRequest,
} from '../../../contract/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useMe } from '../me/me-context';
import { emailDraftQueryOptions, useSendEmail } from './api';

interface SendEmailModalProps {
  document: Document;
  opened: boolean;
  onClose: () => void;
}

/** "Send by e-mail": recipients, copies, subject and text prefilled, the UBL file on request. */
export function SendEmailModal({ document, opened, onClose }: SendEmailModalProps) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const draft = useQuery({
    ...emailDraftQueryOptions(organization.id, document.type, document.id),
    enabled: opened,
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={document.status === 'draft' ? t('email.send.finalizeTitle') : t('email.send.title')}
      size="lg"
      fullScreen={false}
      data-testid="send-email-modal"
    >
      {draft.isPending ? (
        <CenteredLoader />
      ) : draft.isError ? (
        <LoadError error={draft.error} onRetry={() => void draft.refetch()} />
      ) : (
        <SendEmailForm key={document.id} document={document} draft={draft.data} onDone={onClose} />
      )}
    </Modal>
  );
}

const fieldOf = (path: string) => path.split('.')[0] ?? path;

function SendEmailForm({
  document,
  draft,
  onDone,
}: {
  document: Document;
  draft: EmailDraft;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const send = useSendEmail(document.type, document.id);
  const finalize = document.status === 'draft';
  const form = useForm<Required<SendEmailRequest>>({
    initialValues: {
      to: draft.to,
      cc: draft.cc,
      bcc: draft.bcc,
      subject: draft.subject,
      body: draft.body,
      attachUbl: false,
    },
    validate: (values) => {
      const errors = schemaErrors(sendEmailRequestSchema, values);
      return Object.fromEntries(
        Object.entries(errors).map(([path, text]) => [fieldOf(path), text]),
      );
    },
  });

  const submit = form.onSubmit((values) =>
    send.mutate(
      { body: values, finalize },
      {
        onSuccess: () => {
          notifySuccess(
            draft.transport === 'mailbox' ? t('email.send.keptInMailbox') : t('email.send.queued'),
          );
          onDone();
        },
        onError: (error) => showServerErrors(form, error, fieldOf),
      },
    ),
  );
  const split = [',', ';', ' '];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {draft.transport === 'mailbox' && (
          <Alert
            color="grape"
            variant="light"
            icon={<IconInfoCircle />}
            p="sm"
            data-testid="send-email-mailbox-hint"
          >
            <Text size="sm">
              {t('email.send.mailboxHint')}{' '}
              <Anchor size="sm" renderRoot={(props) => <Link to="/mailbox" {...props} />}>
                {t('email.mailbox.open')}
              </Anchor>
            </Text>
          </Alert>
        )}
        {finalize && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle />} p="sm">
            <Text size="sm">{t('email.send.finalizeHint')}</Text>
          </Alert>
        )}
        <TagsInput
          label={t('email.fields.to')}
          description={t('email.fields.addressesHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          splitChars={split}
          clearable
          required
          data-testid="send-email-to"
          {...form.getInputProps('to')}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TagsInput
            label={t('email.fields.cc')}
            splitChars={split}
            clearable
            data-testid="send-email-cc"
            {...form.getInputProps('cc')}
          />
          <TagsInput
            label={t('email.fields.bcc')}
            splitChars={split}
            clearable
            data-testid="send-email-bcc"
            {...form.getInputProps('bcc')}
          />
        </Group>
        <TextInput
          label={t('email.fields.subject')}
          required
          data-testid="send-email-subject"
          {...form.getInputProps('subject')}
        />
        <Textarea
          label={t('email.fields.body')}
          description={t('email.fields.tagsHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          autosize
          minRows={8}
          maxRows={18}
          required
          data-testid="send-email-body"
          {...form.getInputProps('body')}
        />
        <Group gap={6} wrap="nowrap">
          <IconPaperclip size={16} stroke={1.6} />
          <Text size="sm" c="dimmed">
            {t('email.send.pdfAttached')}
          </Text>
        </Group>
        {draft.canAttachUbl && (
          <Checkbox
            label={t('email.send.attachUbl')}
            data-testid="send-email-ubl"
            {...form.getInputProps('attachUbl', { type: 'checkbox' })}
          />
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={send.isPending} data-testid="send-email-submit">
            {finalize ? t('email.send.finalizeSubmit') : t('email.send.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
