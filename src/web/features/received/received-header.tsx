import { Group, Text } from '@mantine/core';
import type { ComponentProps, ReactNode } from 'react';
import type { PageHeader } from '../../components/ui/PageHeader';

interface ReceivedHeaderInput {
  /** "Invoice", "Credit note". */
  kind: string;
  number: string;
  /** `<prefix>-title`, `<prefix>-number`. */
  testIdPrefix: string;
  status: ReactNode;
  /** Who sent it. */
  party: string;
  actions?: ReactNode;
}

/** The header of a received document's page (inbox, purchases): kind, number, status, sender. */
export function receivedHeader({
  kind,
  number,
  testIdPrefix,
  status,
  party,
  actions,
}: ReceivedHeaderInput): ComponentProps<typeof PageHeader> {
  return {
    title: (
      <>
        {kind}{' '}
        <Text span inherit ff="monospace" data-testid={`${testIdPrefix}-number`}>
          {number}
        </Text>
      </>
    ),
    titleTestId: `${testIdPrefix}-title`,
    description: (
      <Group gap="sm" component="span">
        {status}
        <Text span c="dimmed">
          {party}
        </Text>
      </Group>
    ),
    actions,
  };
}
