import { Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { LinkProps } from '@tanstack/react-router';
import type { ComponentProps, ReactNode } from 'react';
import { BackLink } from '../ui/BackLink';
import { CenteredLoader } from '../ui/CenteredLoader';
import { LoadError } from '../ui/LoadError';
import { PageHeader } from '../ui/PageHeader';

interface DetailShellProps<D> {
  query: UseQueryResult<D>;
  /** The list the page belongs to: "← Customers". */
  back: { to: LinkProps['to']; label: string };
  /** Without it, the page lays out the header itself and places `back` above it. */
  header?: (data: D) => ComponentProps<typeof PageHeader>;
  /** The page under its header. */
  children: (data: D, back: ReactNode) => ReactNode;
  gap?: 'lg' | 'xl';
}

/**
 * The frame of one record's page, opened from a list: a spinner while it loads, the error (or
 * "no access") under the way back, then the way back, the header and the page.
 */
export function DetailShell<D>({ query, back, header, children, gap = 'xl' }: DetailShellProps<D>) {
  const backLink = <BackLink to={back.to}>{back.label}</BackLink>;
  if (query.isPending) return <CenteredLoader />;
  if (query.isError) {
    return (
      <Stack gap="xl">
        {backLink}
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }
  if (!header) return children(query.data, backLink);
  return (
    <Stack gap={gap}>
      <Stack gap="xs">
        {backLink}
        <PageHeader {...header(query.data)} />
      </Stack>
      {children(query.data, backLink)}
    </Stack>
  );
}
