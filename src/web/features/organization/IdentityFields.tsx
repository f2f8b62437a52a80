import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompanyForm } from './company-form';
import { useLegalFormOptions, useVatRegimeOptions } from './use-company-options';

export function IdentityFields({ form }: { form: CompanyForm }) {
  const { t } = useTranslation();
  const legalForms = useLegalFormOptions();
  const vatRegimes = useVatRegimeOptions();
  const belgian = form.values.address.country === 'BE';
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('company.legalName')}
          required
          autoComplete="organization"
          data-testid="company-legalName"
          {...form.getInputProps('legalName')}
        />
        <Select
          label={t('company.legalForm')}
          placeholder={t('company.legalFormPlaceholder')}
          data={legalForms}
          clearable
          data-testid="company-legalForm"
          {...form.getInputProps('legalForm')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('company.enterpriseNumber')}
          placeholder={t('company.enterpriseNumberPlaceholder')}
          required={belgian}
          data-testid="company-enterpriseNumber"
          {...form.getInputProps('enterpriseNumber')}
        />
        <TextInput
          label={t('company.registerCourt')}
          placeholder={t('company.registerCourtPlaceholder')}
          data-testid="company-registerCourt"
          {...form.getInputProps('registerCourt')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('company.vatRegime')}
          data={vatRegimes}
          allowDeselect={false}
          required
          data-testid="company-vatRegime"
          {...form.getInputProps('vatRegime')}
        />
        <TextInput
          label={t('company.vatNumber')}
          placeholder={t('company.vatNumberPlaceholder')}
          required={form.values.vatRegime === 'liable'}
          data-testid="company-vatNumber"
          {...form.getInputProps('vatNumber')}
        />
      </SimpleGrid>
    </Stack>
  );
}
