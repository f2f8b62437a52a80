import { EmptyState, Paper, Stack } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { INBOX_STATUSES } from '../../../contract/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { ListFooter } from '../../components/ui/ListFooter';
import { LoadError } from '../../components/ui/LoadError';
import { PageOutOfRange } from '../../components/ui/PageOutOfRange';
import { StatusChips } from '../../components/ui/StatusChips';
import { useMe } from '../me/me-context';
import { inboxListQueryOptions } from './api';
import { toInboxListQuery, type InboxSearch } from './inbox-search';
import { InboxTable } from './InboxTable';
import { useInboxStatusLabels } from './InboxStatusBadge';

interface InboxListProps {
  search: InboxSearch;
  onChange: (patch: Partial<InboxSearch>) => void;
}

export function InboxList({ search, onChange }: InboxListProps) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const statusLabels = useInboxStatusLabels();
  const list = useQuery(inboxListQueryOptions(organization.id, toInboxListQuery(search)));

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
        icon={<IconInbox size={28} stroke={1.5} />}
        variant="light"
        title={search.status ? t('inbox.empty.noMatchTitle') : t('inbox.empty.title')}
        description={search.status ? undefined : t('inbox.empty.text')}
        py="xl"
        data-testid="inbox-empty"
      />
    );
  } else {
    body = (
      <Stack gap="md">
        <InboxTable documents={list.data.items} stale={list.isPlaceholderData} />
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
    <Stack gap="md">
      <StatusChips
        statuses={INBOX_STATUSES}
        labels={{ all: t('inbox.statuses.all'), ...statusLabels }}
        value={search.status}
        onChange={(status) => onChange({ status })}
        label={t('inbox.filterLabel')}
        testIdPrefix="inbox"
      />
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {body}
      </Paper>
    </Stack>
  );
}
