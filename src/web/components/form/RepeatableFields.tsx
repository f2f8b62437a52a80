import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface RepeatableFieldsProps<T extends { key: string }> {
  items: readonly T[];
  /** Said when there is no row yet. */
  empty: ReactNode;
  /** The contract's cap: the add button is off at this many rows. */
  max: number;
  addLabel: ReactNode;
  addTestId: string;
  onAdd: () => void;
  /** An error about the list as a whole ("one default account"). */
  error?: ReactNode;
  /** One row's fields, in its own box. */
  children: (item: T, index: number) => ReactNode;
}

/** A list of rows of the same fields (contact persons, bank accounts, delivery addresses). */
export function RepeatableFields<T extends { key: string }>({
  items,
  empty,
  max,
  addLabel,
  addTestId,
  onAdd,
  error,
  children,
}: RepeatableFieldsProps<T>) {
  return (
    <Stack gap="md">
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {items.map((item, index) => (
        <Paper key={item.key} withBorder p="md" bg="gray.0">
          {children(item, index)}
        </Paper>
      ))}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={onAdd}
          disabled={items.length >= max}
          data-testid={addTestId}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

interface RemoveRowButtonProps {
  onClick: () => void;
  /** "Remove contact 2": the row's number is in the name. */
  label: string;
  testId: string;
  mb?: number;
}

/** The bin at the end of a repeated row's header. */
export function RemoveRowButton({ onClick, label, testId, mb }: RemoveRowButtonProps) {
  return (
    <ActionIcon
      variant="subtle"
      color="red"
      mb={mb}
      onClick={onClick}
      aria-label={label}
      data-testid={testId}
    >
      <IconTrash size={18} stroke={1.6} />
    </ActionIcon>
  );
}

interface RowHeaderProps {
  title: ReactNode;
  /** What stands before the bin (a "default" radio). */
  children: ReactNode;
}

/** A repeated row's title with its actions on the right. */
export function RowHeader({ title, children }: RowHeaderProps) {
  return (
    <Group justify="space-between" mb="xs" wrap="nowrap">
      <Text fw={600} size="sm">
        {title}
      </Text>
      <Group gap="md" wrap="nowrap">
        {children}
      </Group>
    </Group>
  );
}
