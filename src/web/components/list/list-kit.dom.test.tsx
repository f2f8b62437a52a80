// @vitest-environment happy-dom
import '../../test/dom-setup';
import { MantineProvider } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cssVariablesResolver, theme } from '../../app/theme';
import { i18n } from '../../i18n';
import { ApiError } from '../../lib/api-error';
import { parseSearch, stringifySearch } from '../../lib/search-params';
import { parseSort } from '../../lib/sort';
import { DataTable, sortControl } from './DataTable';
import { LIST_PARAMS, type Page } from './list-search';
import { ListEmpty } from './ListEmpty';
import { ListPanel } from './ListPanel';
import { ListToolbar } from './ListToolbar';
import { StatusChips } from './FilterChips';
import { useListPage } from './use-list-page';

const STATUSES = ['open', 'closed'] as const;
const searchSchema = z.object({
  ...LIST_PARAMS,
  status: z.enum(STATUSES).optional().catch(undefined),
  message: z.string().optional().catch(undefined),
});
type Search = z.infer<typeof searchSchema>;

interface Row {
  id: string;
  name: string;
}

const SORTS = ['name', 'city'] as const;

let queryClient: QueryClient;
let pageAnswer: () => Promise<Page<Row>>;

/** The list page under test: toolbar, chips, a sortable table, paged by a query. */
function ListUnderTest() {
  const { search, onChange } = useListPage(listRoute, { keepPage: ['message'] });
  const list = useQuery({ queryKey: ['rows', search], queryFn: () => pageAnswer() });
  const sort = parseSort(search.sort, SORTS, { field: 'name', direction: 'asc' });
  return (
    <>
      <output data-testid="search">{JSON.stringify(search)}</output>
      <button type="button" onClick={() => onChange({ message: 'm1' })}>
        open message
      </button>
      <ListToolbar
        chips={
          <StatusChips
            statuses={STATUSES}
            labels={{ all: 'All', open: 'Open', closed: 'Closed' }}
            value={search.status}
            onChange={(status) => onChange({ status })}
            label="Status"
            testIdPrefix="rows"
          />
        }
      />
      <ListPanel
        list={list}
        onPage={(page) => onChange({ page })}
        empty={
          <ListEmpty
            icon={IconUsers}
            filtered={Boolean(search.status)}
            title="Nothing yet"
            text="Create the first one"
            noMatchTitle="Nothing matches"
            onClear={() => onChange({ status: undefined })}
            testId="rows-empty"
          />
        }
      >
        {(rows, stale) => (
          <DataTable<Row, (typeof SORTS)[number]>
            rows={rows}
            rowKey={(row) => row.id}
            testIdPrefix="rows"
            minWidth={400}
            stale={stale}
            sort={sortControl(sort, onChange)}
            columns={[
              { key: 'name', header: 'Name', sort: 'name', cell: (row) => row.name },
              { key: 'city', header: 'City', sort: 'city', cell: () => 'Gent' },
              { key: 'id', header: 'Id', cell: (row) => row.id },
            ]}
          />
        )}
      </ListPanel>
    </>
  );
}

const rootRoute = createRootRoute({ component: () => <Outlet /> });
const listRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/list',
  validateSearch: (search: Record<string, unknown>): Search => searchSchema.parse(search),
  component: ListUnderTest,
});

function renderAt(url: string) {
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createRouter({
    routeTree: rootRoute.addChildren([listRoute]),
    history: createMemoryHistory({ initialEntries: [url] }),
    parseSearch,
    stringifySearch,
  });
  const wrap = (children: ReactNode) => (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
  render(wrap(<RouterProvider router={router} />));
  return { router, user: userEvent.setup({ delay: null }) };
}

function rows(count: number, from = 0): Row[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `r${from + index}`,
    name: `Row ${from + index}`,
  }));
}

const searchShown = () => JSON.parse(screen.getByTestId('search').textContent ?? '{}') as Search;

// A machine under load may take more than the default second to render a page.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(async () => {
  await i18n.changeLanguage('en');
});

describe('useListPage: the list state in the URL', { timeout: 30_000 }, () => {
  it('reads filters, sort and page from the URL and drops what it cannot read', async () => {
    pageAnswer = () => Promise.resolve({ items: rows(2), page: 3, pageSize: 25, total: 52 });
    renderAt('/list?q=dupont&page=3&sort=city:desc&status=bogus');
    await screen.findByTestId('rows-table');
    expect(searchShown()).toEqual({ q: 'dupont', page: 3, sort: 'city:desc' });
  });

  it('a filter change goes back to page 1 and keeps the other params; a page change keeps them', async () => {
    pageAnswer = () => Promise.resolve({ items: rows(25, 25), page: 2, pageSize: 25, total: 60 });
    const { router, user } = renderAt('/list?q=dupont&page=2');
    await screen.findByTestId('rows-table');

    await user.click(screen.getByRole('button', { name: i18n.t('list.nextPage') }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?q=dupont&page=3'));

    await user.click(screen.getByRole('radio', { name: 'Closed' }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?q=dupont&status=closed'));
    expect(searchShown()).toEqual({ q: 'dupont', status: 'closed' });

    await user.click(screen.getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?q=dupont'));
  });

  it('a key that is not a filter keeps the page', async () => {
    pageAnswer = () => Promise.resolve({ items: rows(10, 25), page: 2, pageSize: 25, total: 35 });
    const { router, user } = renderAt('/list?page=2');
    await screen.findByTestId('rows-table');
    await user.click(screen.getByRole('button', { name: 'open message' }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?page=2&message=m1'));
  });
});

describe('DataTable: sorting', { timeout: 30_000 }, () => {
  it('a header click sorts by it ascending, a second click reverses', async () => {
    pageAnswer = () => Promise.resolve({ items: rows(3), page: 1, pageSize: 25, total: 3 });
    const { router, user } = renderAt('/list');
    await screen.findByTestId('rows-table');
    const nameHeader = () => screen.getByTestId('rows-sort-name').closest('th');
    expect(nameHeader()?.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByTestId('rows-sort-city').closest('th')?.hasAttribute('aria-sort')).toBe(
      false,
    );

    await user.click(screen.getByTestId('rows-sort-name'));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?sort=name%3Adesc'));
    await waitFor(() => expect(nameHeader()?.getAttribute('aria-sort')).toBe('descending'));

    await user.click(screen.getByTestId('rows-sort-city'));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?sort=city%3Aasc'));
  });

  it('a row has a test id by its index; its columns show in order', async () => {
    pageAnswer = () => Promise.resolve({ items: rows(2), page: 1, pageSize: 25, total: 2 });
    renderAt('/list');
    const row = await screen.findByTestId('rows-row-1');
    expect([...row.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      'Row 1',
      'Gent',
      'r1',
    ]);
  });
});

describe('ListPanel: pages, empty and refused lists', { timeout: 30_000 }, () => {
  it('says which rows are shown and pages through them', async () => {
    pageAnswer = () => Promise.resolve({ items: rows(25, 25), page: 2, pageSize: 25, total: 60 });
    const { router, user } = renderAt('/list?page=2');
    expect((await screen.findByTestId('list-range')).textContent).toBe('26–50 of 60');
    await user.click(screen.getByRole('button', { name: i18n.t('list.previousPage') }));
    // Page 1 stays out of the URL.
    await waitFor(() => expect(router.state.location.searchStr).toBe(''));
  });

  it('a page past the end offers the first page', async () => {
    pageAnswer = () => Promise.resolve({ items: [], page: 9, pageSize: 25, total: 30 });
    const { router, user } = renderAt('/list?page=9');
    await user.click(await screen.findByRole('button', { name: i18n.t('list.firstPage') }));
    await waitFor(() => expect(router.state.location.searchStr).toBe(''));
  });

  it('an empty list says so; a filtered one offers to clear the filters', async () => {
    pageAnswer = () => Promise.resolve({ items: [], page: 1, pageSize: 25, total: 0 });
    const { router, user } = renderAt('/list?status=open');
    const empty = await screen.findByTestId('rows-empty');
    expect(empty.textContent).toContain('Nothing matches');
    await user.click(screen.getByRole('button', { name: i18n.t('list.clearFilters') }));
    await waitFor(() => expect(router.state.location.searchStr).toBe(''));
    await waitFor(() =>
      expect(screen.getByTestId('rows-empty').textContent).toContain('Nothing yet'),
    );
    expect(screen.getByTestId('rows-empty').textContent).toContain('Create the first one');
    expect(screen.queryByRole('button', { name: i18n.t('list.clearFilters') })).toBeNull();
  });

  it('a list the server refuses (403) says "no access" instead of an error', async () => {
    pageAnswer = () => Promise.reject(new ApiError(403, 'forbidden', 'Forbidden'));
    renderAt('/list');
    const noAccess = await screen.findByTestId('no-access');
    expect(noAccess.textContent).toContain(i18n.t('noAccess.title'));
    expect(screen.queryByTestId('rows-table')).toBeNull();
  });

  it('another failure shows the error with a way to retry', async () => {
    let calls = 0;
    pageAnswer = () => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new ApiError(500, 'internal', 'Server down'))
        : Promise.resolve({ items: rows(1), page: 1, pageSize: 25, total: 1 });
    };
    const { user } = renderAt('/list');
    await user.click(await screen.findByRole('button', { name: i18n.t('errors.retry') }));
    expect(await screen.findByTestId('rows-row-0')).toBeTruthy();
  });
});
