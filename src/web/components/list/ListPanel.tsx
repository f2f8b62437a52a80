import { Paper, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { CenteredLoader } from '../ui/CenteredLoader';
import { LoadError } from '../ui/LoadError';
import type { Page } from './list-search';
import { ListFooter } from './ListFooter';
import { PageOutOfRange } from './PageOutOfRange';

interface QueryPanelProps<D> {
  query: UseQueryResult<D>;
  /** What the frame holds once the answer is in. */
  children: (data: D, stale: boolean) => ReactNode;
  /** Off inside a card that is already framed. */
  framed?: boolean;
}

/**
 * A framed list whose rows come from one query: a spinner while it loads, the error with a way
 * to retry (or "no access" when the server refuses), then the rows.
 */
export function QueryPanel<D>({ query, children, framed = true }: QueryPanelProps<D>) {
  let body;
  if (query.isPending) body = <CenteredLoader />;
  else if (query.isError)
    body = <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  else body = children(query.data, query.isPlaceholderData);
  return framed ? (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
      {body}
    </Paper>
  ) : (
    body
  );
}

interface ListPanelProps<T> extends Pick<QueryPanelProps<Page<T>>, 'framed'> {
  list: UseQueryResult<Page<T>>;
  /** The page to show; `undefined` is the first (which stays out of the URL). */
  onPage: (page: number | undefined) => void;
  /** Shown when there is nothing at all (see ListEmpty). */
  empty: ReactNode;
  /** One page of rows; `stale` dims it while the next page loads. */
  children: (items: T[], stale: boolean) => ReactNode;
}

/**
 * A server-paginated list: besides loading and errors, nothing to show, a page past the end
 * (an old link, or the last row of the page was removed), and the rows with "26–50 of 312" and
 * page links under them.
 */
export function ListPanel<T>({ list, onPage, empty, children, framed }: ListPanelProps<T>) {
  return (
    <QueryPanel query={list} framed={framed}>
      {(data, stale) => {
        if (data.items.length === 0 && data.total > 0) {
          return <PageOutOfRange onFirstPage={() => onPage(undefined)} />;
        }
        if (data.items.length === 0) return empty;
        return (
          <Stack gap="md">
            {children(data.items, stale)}
            <ListFooter
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onPage={(page) => onPage(page === 1 ? undefined : page)}
            />
          </Stack>
        );
      }}
    </QueryPanel>
  );
}
