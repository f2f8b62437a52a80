import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface AuthCardProps {
  title: string;
  subtitle: string;
  width: number;
  children: ReactNode;
  footer: ReactNode;
}

/** The card the login and sign-up forms sit in. */
export function AuthCard({ title, subtitle, width, children, footer }: AuthCardProps) {
  return (
    <Stack w="100%" maw={width} gap="lg">
      <Paper withBorder shadow="md" p={{ base: 'lg', sm: 36 }} radius="lg">
        <Stack gap={6} mb="xl">
          <Title order={1} fz={{ base: 24, sm: 26 }}>
            {title}
          </Title>
          <Text c="dimmed" size="sm">
            {subtitle}
          </Text>
        </Stack>
        {children}
      </Paper>
      <Text ta="center" size="sm" c="dimmed">
        {footer}
      </Text>
    </Stack>
  );
}
