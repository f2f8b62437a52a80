import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AddressInputs } from '../../components/ui/AddressInputs';
import type { CustomerForm } from './customer-form';
import { newDeliveryAddress } from './customer-form-values';

/** The contract caps the list at 50. */
const MAX_ROWS = 50;

export function DeliveryAddressesFields({ form }: { form: CustomerForm }) {
  const { t } = useTranslation();
  const addresses = form.values.deliveryAddresses;
  // A new site is most likely in the customer's own country.
  const add = () =>
    form.insertListItem('deliveryAddresses', newDeliveryAddress(form.values.address.country));
  return (
    <Stack gap="md">
      {addresses.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('customers.delivery.empty')}
        </Text>
      )}
      {addresses.map((address, index) => (
        <Paper key={address.key} withBorder p="md" bg="gray.0">
          <Group justify="space-between" align="flex-end" mb="xs" wrap="nowrap">
            <TextInput
              label={t('customers.delivery.label')}
              placeholder={t('customers.delivery.labelPlaceholder')}
              style={{ flex: 1 }}
              data-testid={`customer-delivery-${index}-label`}
              {...form.getInputProps(`deliveryAddresses.${index}.label`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mb={6}
              onClick={() => form.removeListItem('deliveryAddresses', index)}
              aria-label={t('customers.delivery.remove', { number: index + 1 })}
              data-testid={`customer-remove-delivery-${index}`}
            >
              <IconTrash size={18} stroke={1.6} />
            </ActionIcon>
          </Group>
          <AddressInputs
            form={form}
            path={`deliveryAddresses.${index}`}
            testIdPrefix={`customer-delivery-${index}`}
          />
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={add}
          disabled={addresses.length >= MAX_ROWS}
          data-testid="customer-add-delivery"
        >
          {t('customers.delivery.add')}
        </Button>
      </Group>
    </Stack>
  );
}
