import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RemoveRowButton, RepeatableFields } from '../../components/form/RepeatableFields';
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
    <RepeatableFields
      items={addresses}
      empty={t('customers.delivery.empty')}
      max={MAX_ROWS}
      addLabel={t('customers.delivery.add')}
      addTestId="customer-add-delivery"
      onAdd={add}
    >
      {(_, index) => (
        <>
          <Group justify="space-between" align="flex-end" mb="xs" wrap="nowrap">
            <TextInput
              label={t('customers.delivery.label')}
              placeholder={t('customers.delivery.labelPlaceholder')}
              style={{ flex: 1 }}
              data-testid={`customer-delivery-${index}-label`}
              {...form.getInputProps(`deliveryAddresses.${index}.label`)}
            />
            <RemoveRowButton
              mb={6}
              onClick={() => form.removeListItem('deliveryAddresses', index)}
              label={t('customers.delivery.remove', { number: index + 1 })}
              testId={`customer-remove-delivery-${index}`}
            />
          </Group>
          <AddressInputs
            form={form}
            path={`deliveryAddresses.${index}`}
            testIdPrefix={`customer-delivery-${index}`}
          />
        </>
      )}
    </RepeatableFields>
  );
}
