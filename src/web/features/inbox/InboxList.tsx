import { IconInbox } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { INBOX_STATUSES } from '../../../contract/index.js';
import { StatusFilteredList } from '../../components/list/StatusFilteredList';
import type { ListPage } from '../../components/list/use-list-page';
import { useMe } from '../me/me-context';
import { inboxListQueryOptions } from './api';
import { toInboxListQuery, type InboxSearch } from './inbox-search';
import { InboxTable } from './InboxTable';
import { useInboxStatusLabels } from './InboxStatusBadge';

export function InboxList({ search, onChange }: ListPage<InboxSearch>) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const statusLabels = useInboxStatusLabels();
  const list = useQuery(inboxListQueryOptions(organization.id, toInboxListQuery(search)));
  return (
    <StatusFilteredList
      list={list}
      statuses={INBOX_STATUSES}
      labels={{ all: t('inbox.statuses.all'), ...statusLabels }}
      search={search}
      onChange={onChange}
      filterLabel={t('inbox.filterLabel')}
      empty={{
        icon: IconInbox,
        title: t('inbox.empty.title'),
        text: t('inbox.empty.text'),
        noMatchTitle: t('inbox.empty.noMatchTitle'),
      }}
      testIdPrefix="inbox"
      table={(items, stale) => <InboxTable documents={items} stale={stale} />}
    />
  );
}
