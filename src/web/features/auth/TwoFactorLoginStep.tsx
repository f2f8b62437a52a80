import { Anchor, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { twoFactorLoginRequestSchema } from '../../../contract/index.js';
import { AuthForm } from '../../components/form/AuthForm';
import { ApiError } from '../../lib/api-error';
import { errorMessage } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useTwoFactorLogin } from './api';

interface TwoFactorLoginStepProps {
  onSuccess: () => void;
  /** Back to the password (the pending login expired, or another account). */
  onRestart: (message: string | null) => void;
}

/** Login, step two: the code from the authenticator app, or one of the recovery codes. */
export function TwoFactorLoginStep({ onSuccess, onRestart }: TwoFactorLoginStepProps) {
  const { t } = useTranslation();
  const login = useTwoFactorLogin();
  const [useRecovery, setUseRecovery] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { code: '' },
    validate: (values) => {
      const errors = schemaErrors(
        twoFactorLoginRequestSchema,
        useRecovery ? { recoveryCode: values.code } : { code: values.code },
      );
      const message = errors.code ?? errors.recoveryCode;
      return message ? { code: message } : {};
    },
  });

  const submit = form.onSubmit((values) => {
    setFailure(null);
    login.mutate(useRecovery ? { recoveryCode: values.code } : { code: values.code }, {
      onSuccess,
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'twoFactorLoginExpired') {
          onRestart(error.message);
          return;
        }
        form.setFieldValue('code', '');
        setFailure(errorMessage(error));
      },
    });
  });

  const toggle = () => {
    setUseRecovery((value) => !value);
    form.reset();
    setFailure(null);
  };

  return (
    <AuthForm
      onSubmit={submit}
      failure={failure}
      failureTestId="login-two-factor-error"
      submitLabel={t('auth.twoFactor.submit')}
      submitTestId="login-two-factor-submit"
      loading={login.isPending}
      testId="login-two-factor"
      after={
        <>
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={toggle}
            data-testid="login-use-recovery"
          >
            {useRecovery ? t('auth.twoFactor.useApp') : t('auth.twoFactor.useRecovery')}
          </Anchor>
          <Anchor
            component="button"
            type="button"
            size="sm"
            c="dimmed"
            onClick={() => onRestart(null)}
          >
            {t('auth.twoFactor.back')}
          </Anchor>
        </>
      }
    >
      <TextInput
        key={useRecovery ? 'recovery' : 'code'}
        label={useRecovery ? t('auth.twoFactor.recoveryCode') : t('auth.twoFactor.code')}
        description={useRecovery ? t('auth.twoFactor.recoveryHint') : t('auth.twoFactor.codeHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        autoComplete={useRecovery ? 'off' : 'one-time-code'}
        inputMode={useRecovery ? 'text' : 'numeric'}
        autoCapitalize="none"
        spellCheck={false}
        maxLength={useRecovery ? 32 : 7}
        required
        data-autofocus
        autoFocus
        data-testid="login-two-factor-code"
        {...form.getInputProps('code')}
      />
    </AuthForm>
  );
}
