import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/notify';

/** A query that failed, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack maw={520}>
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle />}
        title={t('errors.loadFailed')}
      >
        {errorMessage(error)}
      </Alert>
      <div>
        <Button variant="default" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      </div>
    </Stack>
  );
}
