import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { SortDirection } from '../../lib/sort';

interface SortableThProps {
  children: ReactNode;
  /** The direction when the list is sorted by this column, else null. */
  sorted: SortDirection | null;
  onSort: () => void;
  testId?: string;
  /** Numbers align right, and so does their header. */
  right?: boolean;
}

/** Column header that sorts the list; `aria-sort` tells screen readers the current order. */
export function SortableTh({ children, sorted, onSort, testId, right = false }: SortableThProps) {
  const Icon =
    sorted === 'asc' ? IconChevronUp : sorted === 'desc' ? IconChevronDown : IconSelector;
  return (
    <Table.Th
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
      p={0}
    >
      <UnstyledButton onClick={onSort} px="sm" py={8} w="100%" data-testid={testId}>
        <Group gap={4} wrap="nowrap" justify={right ? 'flex-end' : 'flex-start'}>
          <Text fw={700} fz="sm" component="span">
            {children}
          </Text>
          <Icon size={14} stroke={1.6} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
