import { Table, type TableTrProps } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { formatSort, toggleSort, type Sort } from '../../lib/sort';
import { SortableTh } from './SortableTh';

/** One column: its header, and what it shows of a row. */
export interface Column<T, F extends string = string> {
  key: string;
  header: ReactNode;
  cell: (row: T, index: number) => ReactNode;
  /** Clicking the header sorts the list by this field (`<prefix>-sort-<field>`). */
  sort?: F;
  /** Numbers: aligned right, digits of equal width, never wrapped. */
  numeric?: boolean;
  /** Dates and codes that should stay on one line. */
  nowrap?: boolean;
  /** The widest a cell may grow (long names wrap or clamp inside). */
  maxWidth?: number;
  /** A fixed header width (checkboxes, row actions). */
  width?: number;
}

interface DataTableProps<T, F extends string> {
  rows: readonly T[];
  /** `false` entries are left out, for columns only some lists have. */
  columns: readonly (Column<T, F> | false)[];
  rowKey: (row: T) => string;
  /** `<prefix>-table`, `<prefix>-row-<index>`, `<prefix>-sort-<field>`. */
  testIdPrefix: string;
  /** Below this width the table scrolls sideways inside its frame; the page itself never does. */
  minWidth: number;
  /** A new page is on its way: dim the current one. */
  stale?: boolean;
  sort?: SortControl<F>;
  /**
   * The whole row opens the row's page. Links, checkboxes and buttons inside keep their own
   * meaning (a real link stays for keyboards, screen readers and opening in a new tab).
   */
  onRowClick?: (row: T) => void;
  /** Extra attributes of a row (a highlight, test ids other than the default). */
  rowProps?: (row: T, index: number) => TableTrProps & Record<`data-${string}`, string>;
}

interface SortControl<F extends string> {
  current: Sort<F>;
  onSort: (field: F) => void;
}

/** Sorting from the URL's `sort`: a header click sorts by it, a second click reverses. */
export function sortControl<F extends string>(
  current: Sort<F>,
  onChange: (patch: { sort?: string }) => void,
): SortControl<F> {
  return { current, onSort: (field) => onChange({ sort: formatSort(toggleSort(current, field)) }) };
}

const NUMERIC: CSSProperties = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' };
const NOWRAP: CSSProperties = { whiteSpace: 'nowrap' };

/** A table of one page of a list, with sortable headers and rows that open. */
export function DataTable<T, F extends string = string>({
  rows,
  columns,
  rowKey,
  testIdPrefix,
  minWidth,
  stale = false,
  sort,
  onRowClick,
  rowProps,
}: DataTableProps<T, F>) {
  const shown = columns.filter((column): column is Column<T, F> => column !== false);
  const header = (column: Column<T, F>) => {
    const field = column.sort;
    if (field === undefined || !sort) {
      return (
        <Table.Th key={column.key} ta={column.numeric ? 'right' : undefined} w={column.width}>
          {column.header}
        </Table.Th>
      );
    }
    return (
      <SortableTh
        key={column.key}
        sorted={sort.current.field === field ? sort.current.direction : null}
        onSort={() => sort.onSort(field)}
        testId={`${testIdPrefix}-sort-${field}`}
        right={column.numeric}
      >
        {column.header}
      </SortableTh>
    );
  };

  return (
    <Table.ScrollContainer minWidth={minWidth} type="native">
      <Table
        highlightOnHover
        verticalSpacing="sm"
        style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid={`${testIdPrefix}-table`}
      >
        <Table.Thead>
          <Table.Tr>{shown.map(header)}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr
              key={rowKey(row)}
              data-testid={`${testIdPrefix}-row-${index}`}
              style={onRowClick ? { cursor: 'pointer' } : undefined}
              onClick={
                onRowClick &&
                ((event) => {
                  const target = event.target;
                  if (target instanceof Element && target.closest('a, button, input, label')) {
                    return;
                  }
                  onRowClick(row);
                })
              }
              {...rowProps?.(row, index)}
            >
              {shown.map((column) => (
                <Table.Td
                  key={column.key}
                  ta={column.numeric ? 'right' : undefined}
                  maw={column.maxWidth}
                  style={column.numeric ? NUMERIC : column.nowrap ? NOWRAP : undefined}
                >
                  {column.cell(row, index)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
