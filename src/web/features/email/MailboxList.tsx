import { EmptyState, Paper, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconMailbox } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { ListFooter } from '../../components/ui/ListFooter';
import { LoadError } from '../../components/ui/LoadError';
import { PageOutOfRange } from '../../components/ui/PageOutOfRange';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../me/me-context';
import { mailboxQueryOptions } from './api';
import { EmailStatusBadge } from './EmailStatusBadge';
import type { MailboxSearch } from './mailbox-search';

interface MailboxListProps {
  search: MailboxSearch;
  onChange: (patch: Partial<MailboxSearch>) => void;
}

/** What would have been sent, newest first; a click opens the message. */
export function MailboxList({ search, onChange }: MailboxListProps) {
  const { t, i18n } = useTranslation();
  const { organization } = useMe();
  const list = useQuery(mailboxQueryOptions(organization.id, search.page ?? 1));

  let body;
  if (list.isPending) {
    body = <CenteredLoader />;
  } else if (list.isError) {
    body = <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  } else if (list.data.items.length === 0 && list.data.total > 0) {
    body = <PageOutOfRange onFirstPage={() => onChange({ page: undefined })} />;
  } else if (list.data.items.length === 0) {
    body = (
      <EmptyState
        icon={<IconMailbox size={28} stroke={1.5} />}
        variant="light"
        title={t('email.mailbox.emptyTitle')}
        description={t('email.mailbox.emptyText')}
        py="xl"
        data-testid="mailbox-empty"
      />
    );
  } else {
    body = (
      <Stack gap="md">
        <Table.ScrollContainer minWidth={560}>
          <Table
            highlightOnHover
            verticalSpacing="sm"
            data-testid="mailbox-table"
            opacity={list.isPlaceholderData ? 0.6 : 1}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('email.mailbox.date')}</Table.Th>
                <Table.Th>{t('email.fields.to')}</Table.Th>
                <Table.Th>{t('email.fields.subject')}</Table.Th>
                <Table.Th>{t('email.mailbox.attachments')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((message) => (
                <Table.Tr
                  key={message.id}
                  onClick={() => onChange({ message: message.id })}
                  style={{ cursor: 'pointer' }}
                  data-testid="mailbox-row"
                >
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(message.sentAt ?? message.queuedAt, i18n.language)}
                  </Table.Td>
                  <Table.Td>{message.to.join(', ')}</Table.Td>
                  <Table.Td>
                    <UnstyledButton
                      onClick={() => onChange({ message: message.id })}
                      data-testid="mailbox-open"
                    >
                      <Text size="sm" fw={500}>
                        {message.subject}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>
                    {message.kind === 'test' ? (
                      <EmailStatusBadge message={message} />
                    ) : (
                      message.attachments.length
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <ListFooter
          page={list.data.page}
          pageSize={list.data.pageSize}
          total={list.data.total}
          onPage={(page) => onChange({ page: page === 1 ? undefined : page })}
        />
      </Stack>
    );
  }
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
      {body}
    </Paper>
  );
}
