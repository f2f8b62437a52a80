import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompanyForm } from './company-form';

export function ContactFields({ form }: { form: CompanyForm }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label={t('company.contact.phone')}
        type="tel"
        autoComplete="tel"
        data-testid="company-phone"
        {...form.getInputProps('phone')}
      />
      <TextInput
        label={t('company.contact.email')}
        type="email"
        autoComplete="email"
        data-testid="company-email"
        {...form.getInputProps('email')}
      />
      <TextInput
        label={t('company.contact.website')}
        type="url"
        autoComplete="url"
        data-testid="company-website"
        {...form.getInputProps('website')}
      />
    </SimpleGrid>
  );
}
