import { EmptyState, Paper, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { CenteredLoader } from './CenteredLoader';
import { ListFooter } from './ListFooter';
import { LoadError } from './LoadError';
import { PageOutOfRange } from './PageOutOfRange';
import { StatusChips } from './StatusChips';

interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

interface StatusFilteredListProps<T, S extends string> {
  list: UseQueryResult<Page<T>>;
  statuses: readonly S[];
  /** Chip labels, "all" included. */
  labels: Record<S | 'all', string>;
  status: S | undefined;
  onStatus: (status: S | undefined) => void;
  onPage: (page: number | undefined) => void;
  filterLabel: string;
  empty: { icon: ReactNode; title: string; text: string; noMatchTitle: string };
  testIdPrefix: string;
  /** The table of one page; `stale` dims it while the next page loads. */
  table: (items: T[], stale: boolean) => ReactNode;
}

/**
 * A server-paginated list with status chips above it: loading, error, empty (with or without a
 * filter), a page past the end, and the table with its footer — the shape the inbox and the
 * purchase invoices share.
 */
export function StatusFilteredList<T, S extends string>({
  list,
  statuses,
  labels,
  status,
  onStatus,
  onPage,
  filterLabel,
  empty,
  testIdPrefix,
  table,
}: StatusFilteredListProps<T, S>) {
  let body;
  if (list.isPending) {
    body = <CenteredLoader />;
  } else if (list.isError) {
    body = <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  } else if (list.data.items.length === 0 && list.data.total > 0) {
    body = <PageOutOfRange onFirstPage={() => onPage(undefined)} />;
  } else if (list.data.items.length === 0) {
    body = (
      <EmptyState
        icon={empty.icon}
        variant="light"
        title={status ? empty.noMatchTitle : empty.title}
        description={status ? undefined : empty.text}
        py="xl"
        data-testid={`${testIdPrefix}-empty`}
      />
    );
  } else {
    body = (
      <Stack gap="md">
        {table(list.data.items, list.isPlaceholderData)}
        <ListFooter
          page={list.data.page}
          pageSize={list.data.pageSize}
          total={list.data.total}
          onPage={(page) => onPage(page === 1 ? undefined : page)}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <StatusChips
        statuses={statuses}
        labels={labels}
        value={status}
        onChange={onStatus}
        label={filterLabel}
        testIdPrefix={testIdPrefix}
      />
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {body}
      </Paper>
    </Stack>
  );
}
