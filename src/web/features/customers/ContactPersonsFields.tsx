import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  RemoveRowButton,
  RepeatableFields,
  RowHeader,
} from '../../components/form/RepeatableFields';
import type { CustomerForm } from './customer-form';
import { newContactPerson } from './customer-form-values';

/** The contract caps the list at 50. */
const MAX_ROWS = 50;

export function ContactPersonsFields({ form }: { form: CustomerForm }) {
  const { t } = useTranslation();
  const persons = form.values.contactPersons;
  return (
    <RepeatableFields
      items={persons}
      empty={t('customers.contacts.empty')}
      max={MAX_ROWS}
      addLabel={t('customers.contacts.add')}
      addTestId="customer-add-contact"
      onAdd={() => form.insertListItem('contactPersons', newContactPerson())}
    >
      {(_, index) => (
        <>
          <RowHeader title={t('customers.contacts.rowTitle', { number: index + 1 })}>
            <RemoveRowButton
              onClick={() => form.removeListItem('contactPersons', index)}
              label={t('customers.contacts.remove', { number: index + 1 })}
              testId={`customer-remove-contact-${index}`}
            />
          </RowHeader>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('customers.contacts.name')}
              required
              data-testid={`customer-contact-${index}-name`}
              {...form.getInputProps(`contactPersons.${index}.name`)}
            />
            <TextInput
              label={t('customers.contacts.role')}
              placeholder={t('customers.contacts.rolePlaceholder')}
              data-testid={`customer-contact-${index}-role`}
              {...form.getInputProps(`contactPersons.${index}.role`)}
            />
            <TextInput
              label={t('customers.fields.email')}
              type="email"
              autoComplete="off"
              data-testid={`customer-contact-${index}-email`}
              {...form.getInputProps(`contactPersons.${index}.email`)}
            />
            <TextInput
              label={t('customers.fields.phone')}
              type="tel"
              autoComplete="off"
              data-testid={`customer-contact-${index}-phone`}
              {...form.getInputProps(`contactPersons.${index}.phone`)}
            />
          </SimpleGrid>
        </>
      )}
    </RepeatableFields>
  );
}
