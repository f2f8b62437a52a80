import { IconInbox } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { INBOX_STATUSES } from '../../../contract/index.js';
import { StatusFilteredList } from '../../components/ui/StatusFilteredList';
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
  return (
    <StatusFilteredList
      list={list}
      statuses={INBOX_STATUSES}
      labels={{ all: t('inbox.statuses.all'), ...statusLabels }}
      status={search.status}
      onStatus={(status) => onChange({ status })}
      onPage={(page) => onChange({ page })}
      filterLabel={t('inbox.filterLabel')}
      empty={{
        icon: <IconInbox size={28} stroke={1.5} />,
        title: t('inbox.empty.title'),
        text: t('inbox.empty.text'),
        noMatchTitle: t('inbox.empty.noMatchTitle'),
      }}
      testIdPrefix="inbox"
      table={(items, stale) => <InboxTable documents={items} stale={stale} />}
    />
  );
}
