import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguageOptions } from '../me/use-language-options';
import { useVatRateOptions } from '../products/use-product-options';
import type { CompanyForm } from './company-form';
import { useCurrencyOptions } from './use-company-options';

export function PreferencesFields({ form }: { form: CompanyForm }) {
  const { t } = useTranslation();
  const languages = useLanguageOptions();
  const currencies = useCurrencyOptions();
  const vatRates = useVatRateOptions();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('company.preferences.defaultLanguage')}
        data={languages}
        allowDeselect={false}
        required
        data-testid="company-defaultLanguage"
        {...form.getInputProps('defaultLanguage')}
      />
      <Select
        label={t('company.preferences.currency')}
        data={currencies}
        allowDeselect={false}
        required
        data-testid="company-currency"
        {...form.getInputProps('currency')}
      />
      <Select
        label={t('company.preferences.defaultVatRate')}
        description={t('company.preferences.defaultVatRateHint')}
        data={vatRates}
        allowDeselect={false}
        required
        data-testid="company-defaultVatRate"
        {...form.getInputProps('defaultVatRate')}
      />
    </SimpleGrid>
  );
}
