import { TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

/** A Belgian company gives its enterprise number (required), another its VAT number, if any. */
export function EnterpriseNumberInput({
  belgian,
  testId,
  inputProps,
}: {
  belgian: boolean;
  testId: string;
  inputProps: GetInputPropsReturnType;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={belgian ? t('auth.signup.enterpriseNumber') : t('auth.signup.vatNumber')}
      description={belgian ? t('auth.signup.enterpriseNumberHint') : t('auth.signup.vatNumberHint')}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      required={belgian}
      data-testid={testId}
      {...inputProps}
    />
  );
}
