import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmailMessage } from '../../../contract/index.js';

/** Queued, sending, sent, failed — and "in the mailbox" for what never left the installation. */
export function EmailStatusBadge({ message }: { message: EmailMessage }) {
  const { t } = useTranslation();
  const inMailbox = message.status === 'sent' && message.transport === 'mailbox';
  const looks: Record<EmailMessage['status'], { color: string; label: string }> = {
    queued: { color: 'gray', label: t('email.status.queued') },
    sending: { color: 'blue', label: t('email.status.sending') },
    sent: inMailbox
      ? { color: 'grape', label: t('email.status.mailbox') }
      : { color: 'teal', label: t('email.status.sent') },
    failed: { color: 'red', label: t('email.status.failed') },
  };
  const look = looks[message.status];
  return (
    <Badge
      color={look.color}
      variant="light"
      size="sm"
      data-testid="email-status"
      data-status={inMailbox ? 'mailbox' : message.status}
    >
      {look.label}
    </Badge>
  );
}
