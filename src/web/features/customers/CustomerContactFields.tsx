import { SimpleGrid, TextInput } from '@mantine/core';
import { useFormFields } from '../../components/form/use-form-fields';
import type { CustomerForm } from './customer-form';

export function CustomerContactFields({ form }: { form: CustomerForm }) {
  const field = useFormFields(form, 'customers.fields', 'customer');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput {...field('email')} type="email" autoComplete="off" />
      <TextInput {...field('invoiceEmail', { hint: true })} type="email" autoComplete="off" />
      <TextInput {...field('phone')} type="tel" autoComplete="off" />
      <TextInput {...field('website')} type="url" autoComplete="off" />
    </SimpleGrid>
  );
}
