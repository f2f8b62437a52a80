import { Button, Group, Modal, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailboxMessage } from '../../../contract/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
import { formatDateTime } from '../../lib/format';
import { notifyError } from '../../lib/notify';
import { useMe } from '../me/me-context';
import { downloadMailboxAttachment, mailboxMessageQueryOptions } from './api';
import { EmailHtmlFrame } from './EmailHtmlFrame';

/** One message of the mailbox: its headers, the HTML as the recipient would see it, the files. */
export function MailboxMessageModal({
  id,
  onClose,
}: {
  id: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const message = useQuery({
    ...mailboxMessageQueryOptions(organization.id, id ?? ''),
    enabled: Boolean(id),
  });
  return (
    <Modal
      opened={Boolean(id)}
      onClose={onClose}
      size="xl"
      title={message.data?.subject ?? t('email.mailbox.title')}
      data-testid="mailbox-message"
    >
      {message.isPending ? (
        <CenteredLoader />
      ) : message.isError ? (
        <LoadError error={message.error} onRetry={() => void message.refetch()} />
      ) : (
        <MessageView message={message.data} />
      )}
    </Modal>
  );
}

function MessageView({ message }: { message: MailboxMessage }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<'html' | 'text'>(message.html ? 'html' : 'text');
  const rows: [string, string][] = [
    [t('email.fields.from'), message.from ?? '–'],
    [t('email.fields.to'), message.to.join(', ')],
    ...(message.cc.length
      ? [[t('email.fields.cc'), message.cc.join(', ')] as [string, string]]
      : []),
    ...(message.bcc.length
      ? [[t('email.fields.bcc'), message.bcc.join(', ')] as [string, string]]
      : []),
    ...(message.replyTo ? [[t('email.fields.replyTo'), message.replyTo] as [string, string]] : []),
    [t('email.mailbox.date'), formatDateTime(message.sentAt ?? message.queuedAt, i18n.language)],
  ];
  return (
    <Stack gap="md">
      <Table withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Td w={110} c="dimmed">
                {label}
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {message.html && (
        <SegmentedControl
          value={view}
          onChange={(value) => setView(value as 'html' | 'text')}
          data={[
            { value: 'html', label: t('email.mailbox.html') },
            { value: 'text', label: t('email.mailbox.text') },
          ]}
          w="fit-content"
        />
      )}
      {view === 'html' && message.html ? (
        <EmailHtmlFrame html={message.html} title={message.subject} testId="mailbox-html" />
      ) : (
        <Text
          component="pre"
          size="sm"
          style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}
          data-testid="mailbox-text"
        >
          {message.text}
        </Text>
      )}
      {message.attachments.length > 0 && (
        <Group gap="xs" data-testid="mailbox-attachments">
          {message.attachments.map((file, index) => (
            <Button
              key={`${file.filename}-${String(index)}`}
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} />}
              onClick={() =>
                void downloadMailboxAttachment(message.id, index, file.filename).catch(notifyError)
              }
              data-testid="mailbox-attachment"
            >
              {file.filename}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
