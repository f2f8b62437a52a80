import { ActionIcon, Anchor, FileButton, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconTrash, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EMAIL_ATTACHMENT_MAX_BYTES, type EmailSettings } from '../../../contract/index.js';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useDocumentLanguageOptions } from '../customers/use-customer-options';
import { downloadEmailAttachment, useDeleteEmailAttachment, useUploadEmailAttachment } from './api';

/** Files that go with every e-mail in a language (general terms, a price list): PDF, 5 MB. */
export function AttachmentsSection({ settings }: { settings: EmailSettings }) {
  const { t, i18n } = useTranslation();
  const languages = useDocumentLanguageOptions();
  const upload = useUploadEmailAttachment();
  const remove = useDeleteEmailAttachment();
  const size = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });

  return (
    <SettingsSection title={t('email.attachments.title')} description={t('email.attachments.text')}>
      <Stack gap="md" data-testid="email-attachments">
        {languages.map(({ value: language, label }) => {
          const files = settings.attachments.filter((file) => file.language === language);
          return (
            <Stack key={language} gap={6}>
              <Group justify="space-between" gap="sm">
                <Text size="sm" fw={600}>
                  {label}
                </Text>
                <FileButton
                  accept="application/pdf"
                  onChange={(file) => {
                    if (!file) return;
                    if (file.size > EMAIL_ATTACHMENT_MAX_BYTES) {
                      notifyError(new Error(t('email.attachments.tooLarge')));
                      return;
                    }
                    upload.mutate(
                      { language, file },
                      {
                        onSuccess: () => notifySuccess(t('email.attachments.added')),
                        onError: notifyError,
                      },
                    );
                  }}
                >
                  {(props) => (
                    <Button
                      {...props}
                      size="compact-sm"
                      variant="default"
                      leftSection={<IconUpload size={14} />}
                      loading={upload.isPending && upload.variables.language === language}
                      data-testid={`email-attachment-add-${language}`}
                    >
                      {t('email.attachments.add')}
                    </Button>
                  )}
                </FileButton>
              </Group>
              {files.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('email.attachments.none')}
                </Text>
              ) : (
                files.map((file) => (
                  <Group key={file.id} gap="xs" justify="space-between" wrap="nowrap">
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      onClick={() =>
                        void downloadEmailAttachment(file.id, file.filename).catch(notifyError)
                      }
                      style={{ overflowWrap: 'anywhere', textAlign: 'left' }}
                    >
                      {file.filename}
                    </Anchor>
                    <Group gap={4} wrap="nowrap">
                      <Text size="xs" c="dimmed">
                        {t('email.attachments.size', {
                          size: size.format(Math.ceil(file.size / 1024)),
                        })}
                      </Text>
                      <Tooltip label={t('email.attachments.remove')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('email.attachments.remove')}
                          loading={remove.isPending && remove.variables === file.id}
                          onClick={() => remove.mutate(file.id, { onError: notifyError })}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Group>
                ))
              )}
            </Stack>
          );
        })}
      </Stack>
    </SettingsSection>
  );
}
