import { Anchor, Button, Divider, Group, Loader, Stack, Text } from '@mantine/core';
import { IconMail, IconRefresh } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document, EmailMessage } from '../../../contract/index.js';
import { formatDateTime } from '../../lib/format';
import { documentsKey } from '../documents/api';
import { errorMessage, notifyError, notifySuccess } from '../../lib/notify';
import { useMe } from '../me/me-context';
import { documentEmailsQueryOptions, useRetryEmail } from './api';
import { EmailStatusBadge } from './EmailStatusBadge';
import { SendEmailModal } from './SendEmailModal';
import { SidePanel } from '../../components/ui/SidePanel';

/** A document's e-mails: send it (finalising a draft first), and every sending with its fate. */
export function EmailPanel({ document }: { document: Document }) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const [open, setOpen] = useState(false);
  const emails = useQuery(documentEmailsQueryOptions(organization.id, document.type, document.id));
  useRefreshOnDelivery(document.id, emails.data);
  if (document.deleted) return null;
  const draft = document.status === 'draft';

  return (
    <SidePanel title={t('email.panel.title')} testId="email-panel">
      <Button
        leftSection={<IconMail size={18} stroke={1.6} />}
        variant={draft ? 'default' : 'filled'}
        onClick={() => setOpen(true)}
        data-testid="email-send-open"
      >
        {draft ? t('email.panel.finalizeAndSend') : t('email.panel.send')}
      </Button>
      {emails.isPending ? (
        <Loader size="sm" type="dots" aria-label={t('app.loading')} />
      ) : emails.isError ? (
        <Text size="sm" c="red">
          {errorMessage(emails.error)}
        </Text>
      ) : emails.data.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="email-none">
          {t('email.panel.none')}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="email-list">
          {emails.data.map((message, index) => (
            <Stack key={message.id} gap="xs">
              {index > 0 && <Divider />}
              <EmailRow document={document} message={message} />
            </Stack>
          ))}
        </Stack>
      )}
      <SendEmailModal document={document} opened={open} onClose={() => setOpen(false)} />
    </SidePanel>
  );
}

function EmailRow({ document, message }: { document: Document; message: EmailMessage }) {
  const { t, i18n } = useTranslation();
  const retry = useRetryEmail(document.type, document.id);
  return (
    <Stack gap={4} data-testid="email-row">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500} truncate title={message.subject}>
          {message.subject}
        </Text>
        <EmailStatusBadge message={message} />
      </Group>
      <Text size="xs" c="dimmed">
        {t('email.panel.toLine', {
          to: message.to.join(', '),
          date: formatDateTime(message.sentAt ?? message.queuedAt, i18n.language),
        })}
      </Text>
      {message.error && (
        <Text size="xs" c={message.status === 'sent' ? 'orange' : 'red'} data-testid="email-error">
          {message.error}
        </Text>
      )}
      <Group gap="xs">
        {message.transport === 'mailbox' && (
          <Anchor
            size="xs"
            renderRoot={(props) => (
              <Link to="/mailbox" search={{ message: message.id }} {...props} />
            )}
            data-testid="email-open-mailbox"
          >
            {t('email.mailbox.open')}
          </Anchor>
        )}
        {message.status === 'failed' && (
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconRefresh size={14} />}
            loading={retry.isPending}
            onClick={() =>
              retry.mutate(message.id, {
                onSuccess: () => notifySuccess(t('email.send.queued')),
                onError: notifyError,
              })
            }
            data-testid="email-retry"
          >
            {t('email.panel.retry')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/**
 * A message that leaves also moves the document on (finalised → sent): read the document again
 * when one of its e-mails changes state, not on the first look.
 */
function useRefreshOnDelivery(documentId: string, messages: EmailMessage[] | undefined) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  const signature = messages?.map((m) => `${m.id}:${m.status}`).join(',');
  const previous = useRef(signature);
  useEffect(() => {
    if (previous.current === signature) return;
    const seen = previous.current;
    previous.current = signature;
    if (seen === undefined) return;
    void queryClient.invalidateQueries({
      queryKey: [...documentsKey(organization.id), 'detail', documentId],
    });
  }, [signature, documentId, organization.id, queryClient]);
}
