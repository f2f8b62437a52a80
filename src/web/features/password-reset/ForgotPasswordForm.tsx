import { Alert, Anchor, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordResetRequestSchema, type PasswordResetRequest } from '../../../contract/index.js';
import { AuthForm } from '../../components/form/AuthForm';
import { errorMessage } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { AuthCard } from '../auth/AuthCard';
import { useRequestPasswordReset } from './api';

/** "Forgot your password?": an address in, a link by e-mail if the account exists. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<PasswordResetRequest>({
    initialValues: { email: '' },
    validate: (values) => schemaErrors(passwordResetRequestSchema, values),
  });

  const submit = form.onSubmit((values) => {
    setFailure(null);
    request.mutate(values, {
      onSuccess: () => setSentTo(values.email.trim()),
      onError: (error) => setFailure(errorMessage(error)),
    });
  });

  return (
    <AuthCard
      width={420}
      title={t('passwordReset.request.title')}
      subtitle={t('passwordReset.request.subtitle')}
      footer={
        <Anchor component={Link} to="/login" fw={600} data-testid="forgot-back-to-login">
          {t('passwordReset.backToLogin')}
        </Anchor>
      }
    >
      {sentTo ? (
        <Alert color="teal" variant="light" icon={<IconMailCheck />} data-testid="forgot-sent">
          {t('passwordReset.request.sent', { email: sentTo })}
        </Alert>
      ) : (
        <AuthForm
          onSubmit={submit}
          failure={failure}
          submitLabel={t('passwordReset.request.submit')}
          submitTestId="forgot-submit"
          loading={request.isPending}
        >
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            data-testid="forgot-email"
            {...form.getInputProps('email')}
          />
        </AuthForm>
      )}
    </AuthCard>
  );
}
