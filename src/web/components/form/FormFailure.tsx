import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

/** What went wrong with the form as a whole (wrong credentials, an expired link), inside it. */
export function FormFailure({ message, testId }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle />} role="alert" data-testid={testId}>
      {message}
    </Alert>
  );
}
