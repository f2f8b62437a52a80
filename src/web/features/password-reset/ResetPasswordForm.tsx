import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordSchema } from '../../../contract/index.js';
import { AuthForm } from '../../components/form/AuthForm';
import { ApiError } from '../../lib/api-error';
import { errorMessage } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { AuthCard } from '../auth/AuthCard';
import { PasswordStrengthMeter } from '../security/PasswordStrengthMeter';
import { usePasswordStrength } from '../security/use-password-strength';
import { useConfirmPasswordReset } from './api';

interface Values {
  password: string;
  confirmation: string;
}

const NO_INPUTS: readonly string[] = [];

/** The page the e-mailed link opens: a new password, twice. */
export function ResetPasswordForm({ token }: { token: string | undefined }) {
  const { t } = useTranslation();
  const confirm = useConfirmPasswordReset();
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<string | null>(
    token ? null : t('passwordReset.confirm.missingToken'),
  );
  const form = useForm<Values>({
    initialValues: { password: '', confirmation: '' },
    validate: (values) => ({
      ...Object.fromEntries(
        Object.entries(schemaErrors(passwordSchema, values.password)).map(([, text]) => [
          'password',
          text,
        ]),
      ),
      ...(values.confirmation !== values.password && {
        confirmation: t('passwordReset.confirm.mismatch'),
      }),
    }),
  });
  const strength = usePasswordStrength(form.values.password, NO_INPUTS);

  const submit = form.onSubmit((values) => {
    if (!token) return;
    setFailure(null);
    confirm.mutate(
      { token, password: values.password },
      {
        onSuccess: () => setDone(true),
        onError: (error) => {
          if (error instanceof ApiError && error.fields.password)
            form.setErrors({ password: error.fields.password });
          else setFailure(errorMessage(error));
        },
      },
    );
  });

  return (
    <AuthCard
      width={420}
      title={t('passwordReset.confirm.title')}
      subtitle={t('passwordReset.confirm.subtitle')}
      footer={
        <Anchor component={Link} to="/forgot-password" fw={600}>
          {t('passwordReset.confirm.newLink')}
        </Anchor>
      }
    >
      {done ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" icon={<IconCircleCheck />} data-testid="reset-done">
            {t('passwordReset.confirm.done')}
          </Alert>
          <Button component={Link} to="/login" fullWidth data-testid="reset-login">
            {t('passwordReset.backToLogin')}
          </Button>
        </Stack>
      ) : (
        <AuthForm
          onSubmit={submit}
          failure={failure}
          failureTestId="reset-error"
          submitLabel={t('passwordReset.confirm.submit')}
          submitTestId="reset-submit"
          loading={confirm.isPending}
          disabled={!token}
        >
          <PasswordInput
            label={t('passwordReset.confirm.password')}
            autoComplete="new-password"
            required
            disabled={!token}
            data-testid="reset-password"
            {...form.getInputProps('password')}
          />
          <PasswordStrengthMeter state={strength} />
          <PasswordInput
            label={t('passwordReset.confirm.confirmation')}
            autoComplete="new-password"
            required
            disabled={!token}
            data-testid="reset-confirmation"
            {...form.getInputProps('confirmation')}
          />
        </AuthForm>
      )}
    </AuthCard>
  );
}
