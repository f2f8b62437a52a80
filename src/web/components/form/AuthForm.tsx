import { Button, Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { FormFailure } from './FormFailure';

interface AuthFormProps {
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The failure of the form as a whole, shown above the fields. */
  failure?: string | null;
  failureTestId?: string;
  submitLabel: ReactNode;
  submitTestId: string;
  loading: boolean;
  /** Everything off (a reset link without its token). */
  disabled?: boolean;
  /** Links under the button (use a recovery code, back). */
  after?: ReactNode;
  testId?: string;
  children: ReactNode;
}

/**
 * The form of the pages outside the app (login, sign-up, password reset, invitation): one
 * column, the failure on top, one wide submit button. Goes inside an `AuthCard`.
 */
export function AuthForm({
  onSubmit,
  failure = null,
  failureTestId,
  submitLabel,
  submitTestId,
  loading,
  disabled = false,
  after,
  testId,
  children,
}: AuthFormProps) {
  return (
    <form onSubmit={onSubmit} noValidate data-testid={testId}>
      <Stack gap="md">
        <FormFailure message={failure} testId={failureTestId} />
        {children}
        <Button
          type="submit"
          size="md"
          fullWidth
          loading={loading}
          disabled={disabled}
          data-testid={submitTestId}
        >
          {submitLabel}
        </Button>
        {after}
      </Stack>
    </form>
  );
}
