import { Anchor, PasswordInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loginRequestSchema, type LoginRequest } from '../../../contract/index.js';
import { AuthForm } from '../../components/form/AuthForm';
import { ApiError } from '../../lib/api-error';
import { errorMessage } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useLogin } from './api';
import { AuthCard } from './AuthCard';
import { TwoFactorLoginStep } from './TwoFactorLoginStep';

export function LoginForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const login = useLogin();
  // Wrong credentials and rate limiting concern the form as a whole: shown inside it.
  const [failure, setFailure] = useState<string | null>(null);
  // Step two (the code) once the password was right and the account has two-factor login.
  const [secondStep, setSecondStep] = useState(false);
  const form = useForm<LoginRequest>({
    initialValues: { email: '', password: '' },
    validate: (values) => schemaErrors(loginRequestSchema, values),
  });

  const submit = form.onSubmit((values) => {
    setFailure(null);
    login.mutate(values, {
      onSuccess: (result) => {
        if ('twoFactorRequired' in result) setSecondStep(true);
        else void navigate({ to: '/' });
      },
      onError: (error) => {
        if (error instanceof ApiError) form.setErrors({ ...error.fields });
        setFailure(errorMessage(error));
      },
    });
  });

  return (
    <AuthCard
      width={420}
      title={secondStep ? t('auth.twoFactor.title') : t('auth.login.title')}
      subtitle={secondStep ? t('auth.twoFactor.subtitle') : t('auth.login.subtitle')}
      footer={
        <>
          {t('auth.login.noAccount')}{' '}
          <Anchor component={Link} to="/signup" fw={600} data-testid="login-signup-link">
            {t('auth.login.signupLink')}
          </Anchor>
        </>
      }
    >
      {secondStep ? (
        <TwoFactorLoginStep
          onSuccess={() => void navigate({ to: '/' })}
          onRestart={(message) => {
            setSecondStep(false);
            form.setFieldValue('password', '');
            setFailure(message);
          }}
        />
      ) : (
        <AuthForm
          onSubmit={submit}
          failure={failure}
          failureTestId="login-error"
          submitLabel={t('auth.login.submit')}
          submitTestId="login-submit"
          loading={login.isPending}
        >
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            data-testid="login-email"
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            required
            data-testid="login-password"
            {...form.getInputProps('password')}
          />
          <Anchor
            component={Link}
            to="/forgot-password"
            size="sm"
            mt={-8}
            style={{ alignSelf: 'flex-end' }}
            data-testid="login-forgot-password"
          >
            {t('passwordReset.forgotLink')}
          </Anchor>
        </AuthForm>
      )}
    </AuthCard>
  );
}
