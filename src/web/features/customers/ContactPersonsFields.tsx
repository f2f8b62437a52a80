import {
  ActionIcon,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerForm } from './customer-form';
import { newContactPerson } from './customer-form-values';

/** The contract caps the list at 50. */
const MAX_ROWS = 50;

export function ContactPersonsFields({ form }: { form: CustomerForm }) {
  const { t } = useTranslation();
  const persons = form.values.contactPersons;
  return (
    <Stack gap="md">
      {persons.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('customers.contacts.empty')}
        </Text>
      )}
      {persons.map((person, index) => (
        <Paper key={person.key} withBorder p="md" bg="gray.0">
          <Group justify="space-between" mb="xs" wrap="nowrap">
            <Text fw={600} size="sm">
              {t('customers.contacts.rowTitle', { number: index + 1 })}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={() => form.removeListItem('contactPersons', index)}
              aria-label={t('customers.contacts.remove', { number: index + 1 })}
              data-testid={`customer-remove-contact-${index}`}
            >
              <IconTrash size={18} stroke={1.6} />
            </ActionIcon>
          </Group>
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
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={() => form.insertListItem('contactPersons', newContactPerson())}
          disabled={persons.length >= MAX_ROWS}
          data-testid="customer-add-contact"
        >
          {t('customers.contacts.add')}
        </Button>
      </Group>
    </Stack>
  );
}
