import { Group, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '../../components/ui/Dropzone';
import { IconFileCode, IconUpload, IconX } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, notifyError, notifySuccess } from '../../lib/notify';
import { useUploadInboxDocument } from './api';

const ACCEPT = { 'application/xml': ['.xml'], 'text/xml': ['.xml'] };
/** Far above any real e-invoice with its PDF; the server has the final word. */
const MAX_BYTES = 20 * 1024 * 1024;

// A variable, not a literal, so TypeScript accepts the data-* attribute on the hidden input.
const inputProps = { 'data-testid': 'inbox-upload-input', name: 'file' };

/** A UBL e-invoice received by other means (email, a supplier's portal), dropped or chosen. */
export function InboxUpload() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const upload = useUploadInboxDocument();
  const [problem, setProblem] = useState<string | null>(null);

  const onDrop = (files: File[]) => {
    const file = files[0];
    if (!file) return;
    setProblem(null);
    upload.mutate(file, {
      onSuccess: ({ document, created }) => {
        notifySuccess(
          created
            ? t('inbox.upload.done', { number: document.number })
            : t('inbox.upload.duplicate', { number: document.number }),
        );
        void navigate({ to: '/inbox/$inboxId', params: { inboxId: document.id } });
      },
      onError: (error) => {
        // Duplicates, files for another company, broken XML: the server says which.
        setProblem(errorMessage(error));
        notifyError(error);
      },
    });
  };

  const onReject = (rejections: FileRejection[]) => {
    const codes = rejections.flatMap((rejection) => rejection.errors.map((error) => error.code));
    setProblem(
      codes.includes('file-too-large') ? t('inbox.upload.tooLarge') : t('inbox.upload.wrongType'),
    );
  };

  return (
    <div>
      <Dropzone
        onDrop={onDrop}
        onReject={onReject}
        accept={ACCEPT}
        maxSize={MAX_BYTES}
        multiple={false}
        loading={upload.isPending}
        inputProps={inputProps}
        label={t('inbox.upload.drop')}
        data-testid="inbox-upload"
      >
        <Group justify="center" gap="md" mih={72} wrap="nowrap" style={{ pointerEvents: 'none' }}>
          <Dropzone.Accept>
            <IconUpload
              size={28}
              stroke={1.5}
              style={{ flexShrink: 0 }}
              color="var(--mantine-color-brand-6)"
            />
          </Dropzone.Accept>
          <Dropzone.Reject>
            <IconX
              size={28}
              stroke={1.5}
              style={{ flexShrink: 0 }}
              color="var(--mantine-color-red-6)"
            />
          </Dropzone.Reject>
          <Dropzone.Idle>
            <IconFileCode
              size={28}
              stroke={1.5}
              style={{ flexShrink: 0 }}
              color="var(--mantine-color-dimmed)"
            />
          </Dropzone.Idle>
          <div>
            <Text size="sm" fw={500}>
              {t('inbox.upload.drop')}
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              {t('inbox.upload.hint')}
            </Text>
          </div>
        </Group>
      </Dropzone>
      {problem && (
        <Text size="sm" c="red" role="alert" mt="xs" data-testid="inbox-upload-error">
          {problem}
        </Text>
      )}
    </div>
  );
}
