import { Text, UnstyledButton } from '@mantine/core';
import { IconMailbox } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EmailMessage } from '../../../contract/index.js';
import { DataTable } from '../../components/list/DataTable';
import { ListEmpty } from '../../components/list/ListEmpty';
import { ListPanel } from '../../components/list/ListPanel';
import type { ListPage } from '../../components/list/use-list-page';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../me/me-context';
import { mailboxQueryOptions } from './api';
import { EmailStatusBadge } from './EmailStatusBadge';
import type { MailboxSearch } from './mailbox-search';

/** What would have been sent, newest first; a click opens the message. */
export function MailboxList({ search, onChange }: ListPage<MailboxSearch>) {
  const { t, i18n } = useTranslation();
  const { organization } = useMe();
  const list = useQuery(mailboxQueryOptions(organization.id, search.page ?? 1));
  const open = (message: EmailMessage) => onChange({ message: message.id });

  return (
    <ListPanel
      list={list}
      onPage={(page) => onChange({ page })}
      empty={
        <ListEmpty
          icon={IconMailbox}
          title={t('email.mailbox.emptyTitle')}
          text={t('email.mailbox.emptyText')}
          testId="mailbox-empty"
        />
      }
    >
      {(messages, stale) => (
        <DataTable<EmailMessage>
          rows={messages}
          rowKey={(message) => message.id}
          testIdPrefix="mailbox"
          minWidth={560}
          stale={stale}
          onRowClick={open}
          rowProps={() => ({ 'data-testid': 'mailbox-row' })}
          columns={[
            {
              key: 'date',
              header: t('email.mailbox.date'),
              nowrap: true,
              cell: (message) => formatDateTime(message.sentAt ?? message.queuedAt, i18n.language),
            },
            {
              key: 'to',
              header: t('email.fields.to'),
              cell: (message) => message.to.join(', '),
            },
            {
              key: 'subject',
              header: t('email.fields.subject'),
              cell: (message) => (
                <UnstyledButton onClick={() => open(message)} data-testid="mailbox-open">
                  <Text size="sm" fw={500}>
                    {message.subject}
                  </Text>
                </UnstyledButton>
              ),
            },
            {
              key: 'attachments',
              header: t('email.mailbox.attachments'),
              cell: (message) =>
                message.kind === 'test' ? (
                  <EmailStatusBadge message={message} />
                ) : (
                  message.attachments.length
                ),
            },
          ]}
        />
      )}
    </ListPanel>
  );
}
