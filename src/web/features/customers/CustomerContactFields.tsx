import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerForm } from './customer-form';

export function CustomerContactFields({ form }: { form: CustomerForm }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label={t('customers.fields.email')}
        type="email"
        autoComplete="off"
        data-testid="customer-email"
        {...form.getInputProps('email')}
      />
      <TextInput
        label={t('customers.fields.invoiceEmail')}
        description={t('customers.fields.invoiceEmailHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        type="email"
        autoComplete="off"
        data-testid="customer-invoiceEmail"
        {...form.getInputProps('invoiceEmail')}
      />
      <TextInput
        label={t('customers.fields.phone')}
        type="tel"
        autoComplete="off"
        data-testid="customer-phone"
        {...form.getInputProps('phone')}
      />
      <TextInput
        label={t('customers.fields.website')}
        type="url"
        autoComplete="off"
        data-testid="customer-website"
        {...form.getInputProps('website')}
      />
    </SimpleGrid>
  );
}
