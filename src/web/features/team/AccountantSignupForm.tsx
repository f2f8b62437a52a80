import { Anchor } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { signupAccountantRequestSchema } from '../../../contract/index.js';
import { AuthForm } from '../../components/form/AuthForm';
import { currentLanguage } from '../../i18n';
import { showServerErrors } from '../../lib/form-errors';
import { schemaErrors } from '../../lib/zod-form';
import { AccountFields } from '../auth/AccountFields';
import { AuthCard } from '../auth/AuthCard';
import { useSignupAccountant } from './api';

/** The sign-up page's variant for accountants: a person, no company. */
export function AccountantSignupForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signup = useSignupAccountant();
  const form = useForm({
    initialValues: { firstName: '', lastName: '', email: '', password: '' },
    validate: (values) =>
      schemaErrors(signupAccountantRequestSchema, { ...values, language: currentLanguage() }),
    validateInputOnBlur: true,
  });
  const submit = form.onSubmit((values) => {
    signup.mutate(
      { ...values, language: currentLanguage() },
      {
        onSuccess: () => void navigate({ to: '/account' }),
        onError: (error) => showServerErrors(form, error),
      },
    );
  });
  return (
    <AuthCard
      width={520}
      title={t('accountant.signup.title')}
      subtitle={t('accountant.signup.subtitle')}
      footer={
        <>
          {t('accountant.signup.company')}{' '}
          <Anchor component={Link} to="/signup" fw={600} data-testid="accountant-company-link">
            {t('accountant.signup.companyLink')}
          </Anchor>
        </>
      }
    >
      <AuthForm
        onSubmit={submit}
        submitLabel={t('accountant.signup.submit')}
        submitTestId="accountant-submit"
        loading={signup.isPending}
      >
        <AccountFields
          values={form.values}
          inputProps={(field) => form.getInputProps(field)}
          testIdPrefix="accountant"
          emailTestId="accountant-signup-email"
          emailHint={t('accountant.signup.emailHint')}
        />
      </AuthForm>
    </AuthCard>
  );
}
