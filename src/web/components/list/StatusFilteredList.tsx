import { Stack } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { StatusChips } from './FilterChips';
import type { Page } from './list-search';
import { ListEmpty } from './ListEmpty';
import { ListPanel } from './ListPanel';
import type { ListPage } from './use-list-page';

interface StatusSearch<S extends string> {
  page?: number;
  status?: S;
}

interface StatusFilteredListProps<T, S extends string> extends ListPage<StatusSearch<S>> {
  list: UseQueryResult<Page<T>>;
  statuses: readonly S[];
  /** Chip labels, "all" included. */
  labels: Record<S | 'all', string>;
  filterLabel: string;
  empty: { icon: Icon; title: string; text: string; noMatchTitle: string };
  testIdPrefix: string;
  /** The table of one page; `stale` dims it while the next page loads. */
  table: (items: T[], stale: boolean) => ReactNode;
}

/** A server-paginated list filtered by status chips alone: the inbox, the purchase invoices. */
export function StatusFilteredList<T, S extends string>({
  list,
  search,
  onChange,
  statuses,
  labels,
  filterLabel,
  empty,
  testIdPrefix,
  table,
}: StatusFilteredListProps<T, S>) {
  return (
    <Stack gap="md">
      <StatusChips
        statuses={statuses}
        labels={labels}
        value={search.status}
        onChange={(status) => onChange({ status })}
        label={filterLabel}
        testIdPrefix={testIdPrefix}
      />
      <ListPanel
        list={list}
        onPage={(page) => onChange({ page })}
        empty={
          <ListEmpty
            {...empty}
            filtered={search.status !== undefined}
            testId={`${testIdPrefix}-empty`}
          />
        }
      >
        {table}
      </ListPanel>
    </Stack>
  );
}
