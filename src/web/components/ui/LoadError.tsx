import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api-error';
import { errorMessage } from '../../lib/notify';
import { NoAccess } from './NoAccess';

/** A query that failed, with a way to try again; a refusal (403) says "no access" instead. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 403) return <NoAccess asPage={false} />;
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
