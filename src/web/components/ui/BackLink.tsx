import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, type LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/** "← Customers" above a detail page. */
export function BackLink({ to, children }: { to: LinkProps['to']; children: ReactNode }) {
  return (
    <Anchor
      size="sm"
      c="dimmed"
      renderRoot={(props) => <Link to={to} {...props} />}
      style={{ alignSelf: 'flex-start' }}
    >
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={16} stroke={1.6} />
        {children}
      </Group>
    </Anchor>
  );
}
