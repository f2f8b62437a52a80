import { Alert, Button, Center, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/notify';

/** Shown when a route cannot load, typically because the server cannot be reached. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <Center mih="60vh" p="md">
      <Stack maw={480} w="100%">
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle />}
          title={t('errors.loadFailed')}
        >
          {errorMessage(error)}
        </Alert>
        <Button variant="default" onClick={retry}>
          {t('errors.retry')}
        </Button>
      </Stack>
    </Center>
  );
}
