import { Alert, Button, Paper, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/notify';
import { useUnlock } from './api';

/**
 * The extra check: before anything of the document shows, the visitor types the address it was
 * sent to. An unknown link and a wrong address get the same answer, on purpose.
 */
export function EmailGate({ token }: { token: string }) {
  const { t } = useTranslation();
  const unlock = useUnlock(token);
  const [email, setEmail] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim()) unlock.mutate(email.trim());
  };

  return (
    <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} maw={460} mx="auto" w="100%">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ThemeIcon size={44} radius="xl" variant="light">
            <IconLock size={24} />
          </ThemeIcon>
          <Stack gap={4}>
            <Title order={1} fz="xl">
              {t('publicDocument.gate.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('publicDocument.gate.intro')}
            </Text>
          </Stack>
          <TextInput
            type="email"
            label={t('fields.email')}
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            autoComplete="email"
            inputMode="email"
            required
            data-autofocus
            data-testid="gate-email"
          />
          {unlock.isError && (
            <Alert color="red" variant="light" data-testid="gate-error">
              {errorMessage(unlock.error)}
            </Alert>
          )}
          <Button type="submit" loading={unlock.isPending} data-testid="gate-submit">
            {t('publicDocument.gate.submit')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('publicDocument.gate.hint')}
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
