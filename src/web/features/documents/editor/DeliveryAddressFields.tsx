import { Grid, Select } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../contract/index.js';
import { AddressInputs } from '../../../components/ui/AddressInputs';
import type { DocumentForm } from './document-form';
import { addressSummary, typedFromCustomer } from './delivery-values';

interface DeliveryAddressFieldsProps {
  form: DocumentForm;
  customer: Customer | undefined;
}

/** Where the delivery goes: none, one of the customer's addresses, or one typed for this document. */
export function DeliveryAddressFields({ form, customer }: DeliveryAddressFieldsProps) {
  const { t } = useTranslation();
  const choice = form.values.deliveryChoice;
  const addresses = customer?.deliveryAddresses ?? [];
  const known = choice === 'none' || choice === 'typed' || addresses.some((a) => a.id === choice);

  // The customer no longer has the address a draft was made with: keep its copy as typed.
  useEffect(() => {
    if (customer && !known) form.setFieldValue('deliveryChoice', 'typed');
  }, [customer, known, form]);

  const options = [
    { value: 'none', label: t('documents.fields.deliveryNone') },
    ...addresses.map((address, index) => {
      const summary = addressSummary(address);
      return {
        value: address.id,
        label:
          index === 0
            ? t('documents.fields.deliveryDefault', { address: summary })
            : t('documents.fields.deliveryOther', { address: summary }),
      };
    }),
    { value: 'typed', label: t('documents.fields.deliveryTyped') },
  ];

  const choose = (value: string | null) => {
    const next = value ?? 'none';
    form.setFieldValue('deliveryChoice', next);
    // Typing starts from the customer's own address: most deliveries differ in a detail only.
    if (next === 'typed' && customer && !form.values.deliveryTyped.country)
      form.setFieldValue('deliveryTyped', typedFromCustomer(customer));
  };

  return (
    <>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Select
          label={t('documents.fields.deliveryAddress')}
          description={t('documents.fields.deliveryAddressHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data={options}
          allowDeselect={false}
          data-testid="document-deliveryAddress"
          {...form.getInputProps('deliveryChoice')}
          value={known ? choice : 'typed'}
          onChange={choose}
        />
      </Grid.Col>
      {choice === 'typed' && (
        <Grid.Col span={12}>
          <AddressInputs form={form} path="deliveryTyped" testIdPrefix="document-delivery" />
        </Grid.Col>
      )}
    </>
  );
}
