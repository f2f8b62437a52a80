import { Grid, Select, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../contract/index.js';
import { CountrySelect } from '../../../components/ui/CountrySelect';
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

  const field = (name: keyof Customer['address']) => ({
    'data-testid': `document-delivery-${name}`,
    ...form.getInputProps(`deliveryTyped.${name}`),
  });

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
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('company.address.street')} {...field('street')} />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <TextInput label={t('company.address.number')} {...field('number')} />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <TextInput label={t('company.address.box')} {...field('box')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <TextInput label={t('company.address.postalCode')} {...field('postalCode')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput label={t('company.address.city')} {...field('city')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <CountrySelect
                label={t('fields.country')}
                required
                autoComplete="off"
                {...field('country')}
              />
            </Grid.Col>
          </Grid>
        </Grid.Col>
      )}
    </>
  );
}
