import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** The small upper-case caption of a fact. */
export function FactLabel({ children }: { children: ReactNode }) {
  return (
    <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.03em' }}>
      {children}
    </Text>
  );
}

/** A small caption above a value: dates, references, account numbers. */
export function Fact({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div>
      <FactLabel>{label}</FactLabel>
      <Text size="sm" component="div" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}
