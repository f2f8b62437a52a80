import { Anchor, Divider, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AuthForm } from '../../components/form/AuthForm';
import { CountrySelect } from '../../components/ui/CountrySelect';
import { currentLanguage } from '../../i18n';
import { showServerErrors } from '../../lib/form-errors';
import { useSignup } from './api';
import { AccountFields } from './AccountFields';
import { AuthCard } from './AuthCard';
import {
  emptySignupValues,
  toSignupRequest,
  validateSignup,
  type SignupValues,
} from './signup-values';
import { EnterpriseNumberInput } from '../organization/EnterpriseNumberInput';

export function SignupForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signup = useSignup();
  const form = useForm<SignupValues>({
    initialValues: emptySignupValues,
    validate: validateSignup,
    validateInputOnBlur: true,
  });
  const belgian = form.values.country === 'BE';

  const submit = form.onSubmit((values) => {
    signup.mutate(toSignupRequest(values, currentLanguage()), {
      onSuccess: () => void navigate({ to: '/' }),
      onError: (error) => showServerErrors(form, error),
    });
  });

  return (
    <AuthCard
      width={560}
      title={t('auth.signup.title')}
      subtitle={t('auth.signup.subtitle')}
      footer={
        <>
          {t('auth.signup.haveAccount')}{' '}
          <Anchor component={Link} to="/login" fw={600} data-testid="signup-login-link">
            {t('auth.signup.loginLink')}
          </Anchor>
          <br />
          {t('accountant.signup.areYou')}{' '}
          <Anchor
            component={Link}
            to="/signup/accountant"
            fw={600}
            data-testid="signup-accountant-link"
          >
            {t('accountant.signup.link')}
          </Anchor>
        </>
      }
    >
      <AuthForm
        onSubmit={submit}
        submitLabel={t('auth.signup.submit')}
        submitTestId="signup-submit"
        loading={signup.isPending}
      >
        <Divider label={t('auth.signup.companySection')} labelPosition="left" />
        <TextInput
          label={t('auth.signup.companyName')}
          autoComplete="organization"
          required
          data-testid="signup-companyName"
          {...form.getInputProps('companyName')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <CountrySelect
            label={t('fields.country')}
            required
            data-testid="signup-country"
            {...form.getInputProps('country')}
          />
          <EnterpriseNumberInput
            belgian={belgian}
            testId="signup-enterpriseNumber"
            inputProps={form.getInputProps('enterpriseNumber')}
          />
        </SimpleGrid>

        <Divider label={t('auth.signup.userSection')} labelPosition="left" mt="xs" />
        <AccountFields
          values={form.values}
          inputProps={(field) => form.getInputProps(field)}
          testIdPrefix="signup"
          languageTestId="signup-language"
        />
      </AuthForm>
    </AuthCard>
  );
}
