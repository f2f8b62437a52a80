import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormFields } from '../../components/form/use-form-fields';
import type { CompanyForm } from './company-form';
import { useLegalFormOptions, useVatRegimeOptions } from './use-company-options';

export function IdentityFields({ form }: { form: CompanyForm }) {
  const { t } = useTranslation();
  const field = useFormFields(form, 'company', 'company');
  const legalForms = useLegalFormOptions();
  const vatRegimes = useVatRegimeOptions();
  const belgian = form.values.address.country === 'BE';
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...field('legalName')} required autoComplete="organization" />
        <Select
          {...field('legalForm')}
          placeholder={t('company.legalFormPlaceholder')}
          data={legalForms}
          clearable
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          {...field('enterpriseNumber')}
          placeholder={t('company.enterpriseNumberPlaceholder')}
          required={belgian}
        />
        <TextInput
          {...field('registerCourt')}
          placeholder={t('company.registerCourtPlaceholder')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select {...field('vatRegime')} data={vatRegimes} allowDeselect={false} required />
        <TextInput
          {...field('vatNumber')}
          placeholder={t('company.vatNumberPlaceholder')}
          required={form.values.vatRegime === 'liable'}
        />
      </SimpleGrid>
    </Stack>
  );
}
