import { SimpleGrid, TextInput } from '@mantine/core';
import { useFormFields } from '../../components/form/use-form-fields';
import type { CompanyForm } from './company-form';

export function ContactFields({ form }: { form: CompanyForm }) {
  const field = useFormFields(form, 'company.contact', 'company');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput {...field('phone')} type="tel" autoComplete="tel" />
      <TextInput {...field('email')} type="email" autoComplete="email" />
      <TextInput {...field('website')} type="url" autoComplete="url" />
    </SimpleGrid>
  );
}
