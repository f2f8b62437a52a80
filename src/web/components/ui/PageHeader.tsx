import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Stable hook for end-to-end tests. */
  titleTestId?: string;
}

export function PageHeader({ title, description, actions, titleTestId }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end" gap="md">
      <Stack gap={4} miw={0} style={{ flex: '1 1 20rem' }}>
        <Title
          order={1}
          fz={{ base: 24, sm: 28 }}
          style={{ overflowWrap: 'anywhere' }}
          data-testid={titleTestId}
        >
          {title}
        </Title>
        {/* A div, so a description may hold badges and other blocks. */}
        {description && (
          <Text c="dimmed" component="div">
            {description}
          </Text>
        )}
      </Stack>
      {actions}
    </Group>
  );
}
