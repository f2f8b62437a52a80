import { Grid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../components/ui/CountrySelect';
import type { CustomerForm } from './customer-form';

interface AddressInputsProps {
  form: CustomerForm;
  /** Form path of the address: `address` or `deliveryAddresses.2`. */
  path: string;
  /** Test id prefix: `customer` gives `customer-street`. */
  testIdPrefix: string;
}

/** Street, number, box, postal code, city and country: the main and the delivery addresses. */
export function AddressInputs({ form, path, testIdPrefix }: AddressInputsProps) {
  const { t } = useTranslation();
  const field = (name: string) => ({
    'data-testid': `${testIdPrefix}-${name}`,
    ...form.getInputProps(`${path}.${name}`),
  });
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput label={t('company.address.street')} {...field('street')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 2 }}>
        <TextInput label={t('company.address.number')} {...field('number')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 2 }}>
        <TextInput label={t('company.address.box')} {...field('box')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput label={t('company.address.postalCode')} {...field('postalCode')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput label={t('company.address.city')} {...field('city')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <CountrySelect
          label={t('fields.country')}
          required
          autoComplete="off"
          {...field('country')}
        />
      </Grid.Col>
    </Grid>
  );
}
