import { Anchor, Button, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { signupAccountantRequestSchema, type Language } from '../../../contract/index.js';
import { passwordUserInputs } from '../../../core/passwords/index.js';
import { currentLanguage } from '../../i18n';
import { showServerErrors } from '../../lib/form-errors';
import { schemaErrors } from '../../lib/zod-form';
import { AuthCard } from '../auth/AuthCard';
import { useChangeLanguage } from '../me/use-change-language';
import { useLanguageOptions } from '../me/use-language-options';
import { PasswordStrengthMeter } from '../security/PasswordStrengthMeter';
import { usePasswordStrength } from '../security/use-password-strength';
import { useSignupAccountant } from './api';

/** The sign-up page's variant for accountants: a person, no company. */
export function AccountantSignupForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signup = useSignupAccountant();
  const languages = useLanguageOptions();
  const changeLanguage = useChangeLanguage();
  const form = useForm({
    initialValues: { firstName: '', lastName: '', email: '', password: '' },
    validate: (values) =>
      schemaErrors(signupAccountantRequestSchema, { ...values, language: currentLanguage() }),
    validateInputOnBlur: true,
  });
  const strength = usePasswordStrength(form.values.password, passwordUserInputs(form.values));
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
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('fields.firstName')}
              autoComplete="given-name"
              required
              data-testid="accountant-firstName"
              {...form.getInputProps('firstName')}
            />
            <TextInput
              label={t('fields.lastName')}
              autoComplete="family-name"
              required
              data-testid="accountant-lastName"
              {...form.getInputProps('lastName')}
            />
          </SimpleGrid>
          <TextInput
            label={t('fields.email')}
            description={t('accountant.signup.emailHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            type="email"
            autoComplete="email"
            required
            data-testid="accountant-signup-email"
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            description={t('auth.signup.passwordHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            autoComplete="new-password"
            required
            data-testid="accountant-password"
            {...form.getInputProps('password')}
          />
          <PasswordStrengthMeter state={strength} />
          <Select<Language>
            label={t('auth.signup.language')}
            data={languages}
            value={currentLanguage()}
            onChange={(language) => language && changeLanguage(language)}
            allowDeselect={false}
          />
          <Button
            type="submit"
            size="md"
            fullWidth
            loading={signup.isPending}
            data-testid="accountant-submit"
          >
            {t('accountant.signup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
