import { Divider, Group, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';

export interface AmountRow {
  label: string;
  value: string;
  testId?: string;
  /** The amount that matters most (to pay), set apart below a line. */
  strong?: boolean;
}

const NUMBER = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** Label and amount, one per row, like the totals of a document. */
export function AmountRows({ rows, testId }: { rows: AmountRow[]; testId?: string }) {
  return (
    <Stack gap={6} data-testid={testId}>
      {rows.map((row) => (
        <Fragment key={row.label}>
          {row.strong && <Divider my={4} />}
          <Group justify="space-between" wrap="nowrap" gap="md">
            <Text
              size={row.strong ? 'md' : 'sm'}
              fw={row.strong ? 700 : undefined}
              c={row.strong ? undefined : 'dimmed'}
            >
              {row.label}
            </Text>
            <Text
              size={row.strong ? 'lg' : 'sm'}
              fw={row.strong ? 700 : 500}
              style={NUMBER}
              data-testid={row.testId}
            >
              {row.value}
            </Text>
          </Group>
        </Fragment>
      ))}
    </Stack>
  );
}
