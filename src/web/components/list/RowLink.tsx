import { Anchor, type AnchorProps } from '@mantine/core';
import { Link, type LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';

interface RowLinkProps extends AnchorProps {
  to: LinkProps['to'];
  params: LinkProps['params'];
  children: ReactNode;
}

/**
 * The link in a row to the row's page (its name or number), so the row also opens with the
 * keyboard, from a screen reader and in a new tab.
 */
export function RowLink({ to, params, children, ...props }: RowLinkProps) {
  return (
    <Anchor
      size="sm"
      fw={600}
      {...props}
      renderRoot={(rootProps) => <Link to={to} params={params} {...rootProps} />}
    >
      {children}
    </Anchor>
  );
}
