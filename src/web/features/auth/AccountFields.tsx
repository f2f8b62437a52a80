import { PasswordInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../contract/index.js';
import { passwordUserInputs } from '../../../core/passwords/index.js';
import { currentLanguage } from '../../i18n';
import { useChangeLanguage } from '../me/use-change-language';
import { useLanguageOptions } from '../me/use-language-options';
import { PasswordStrengthMeter } from '../security/PasswordStrengthMeter';
import { usePasswordStrength } from '../security/use-password-strength';

type AccountField = 'firstName' | 'lastName' | 'email' | 'password';

interface AccountFieldsProps {
  /** The form's values, so the strength meter counts names and email against the password. */
  values: Record<AccountField, string> & Record<string, unknown>;
  inputProps: (field: AccountField) => GetInputPropsReturnType;
  /** `data-testid`s: `<prefix>-firstName`, …; the email's may differ (`emailTestId`). */
  testIdPrefix: string;
  emailTestId?: string;
  emailHint?: string;
  languageTestId?: string;
}

/**
 * The person who signs up (a company's first user or an accountant): name, email, password with
 * its live strength, and the interface language, which switches as it is chosen.
 */
export function AccountFields({
  values,
  inputProps,
  testIdPrefix,
  emailTestId = `${testIdPrefix}-email`,
  emailHint,
  languageTestId,
}: AccountFieldsProps) {
  const { t } = useTranslation();
  const languages = useLanguageOptions();
  const changeLanguage = useChangeLanguage();
  const strength = usePasswordStrength(values.password, passwordUserInputs(values));
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          label={t('fields.firstName')}
          autoComplete="given-name"
          required
          data-testid={`${testIdPrefix}-firstName`}
          {...inputProps('firstName')}
        />
        <TextInput
          label={t('fields.lastName')}
          autoComplete="family-name"
          required
          data-testid={`${testIdPrefix}-lastName`}
          {...inputProps('lastName')}
        />
      </SimpleGrid>
      <TextInput
        label={t('fields.email')}
        description={emailHint}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        type="email"
        autoComplete="email"
        required
        data-testid={emailTestId}
        {...inputProps('email')}
      />
      <PasswordInput
        label={t('fields.password')}
        description={t('auth.signup.passwordHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        autoComplete="new-password"
        required
        data-testid={`${testIdPrefix}-password`}
        {...inputProps('password')}
      />
      <PasswordStrengthMeter state={strength} />
      <Select<Language>
        label={t('auth.signup.language')}
        data={languages}
        value={currentLanguage()}
        onChange={(language) => language && changeLanguage(language)}
        allowDeselect={false}
        data-testid={languageTestId}
      />
    </>
  );
}
