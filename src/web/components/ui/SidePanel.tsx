import { Button, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/notify';

/** A titled box beside a document (payments, PEPPOL, reminders, e-mail). */
export function SidePanel({
  title,
  testId,
  children,
}: {
  title: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" data-testid={testId}>
      <Stack gap="sm">
        <Title order={2} fz="md">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** A side panel's own query: small dots while it loads, the failure with a retry in place. */
export function PanelQuery<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <Loader size="sm" type="dots" aria-label={t('app.loading')} />;
  if (query.isError)
    return (
      <Stack gap="xs" align="flex-start">
        <Text size="sm" c="red">
          {errorMessage(query.error)}
        </Text>
        <Button variant="default" size="compact-sm" onClick={() => void query.refetch()}>
          {t('errors.retry')}
        </Button>
      </Stack>
    );
  return children(query.data);
}
