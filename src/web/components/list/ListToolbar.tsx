import { Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { SearchInput } from './SearchInput';

interface ListToolbarProps {
  /** Status chips, on a line of their own above the rest. */
  chips?: ReactNode;
  /** The search box: `q` in the URL, queried as typing pauses. */
  search?: {
    value: string | undefined;
    onSearch: (q: string | undefined) => void;
    /** Also its accessible name. */
    placeholder: string;
    testId: string;
  };
  /** Further filters (selects, dates) and actions, after the search box; they wrap on a phone. */
  children?: ReactNode;
}

/** What sits above a list: chips, then the search box and the other filters. */
export function ListToolbar({ chips, search, children }: ListToolbarProps) {
  return (
    <Stack gap="sm">
      {chips}
      {(search || children) && (
        <Group gap="sm" align="flex-end" wrap="wrap">
          {search && (
            <SearchInput
              value={search.value ?? ''}
              onSearch={(q) => search.onSearch(q || undefined)}
              placeholder={search.placeholder}
              aria-label={search.placeholder}
              style={{ flex: '1 1 260px' }}
              data-testid={search.testId}
            />
          )}
          {children}
        </Group>
      )}
    </Stack>
  );
}
