import { Grid, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from './CountrySelect';

/** Any Mantine form holding an address somewhere (a customer's, a document's delivery address). */
interface AddressForm {
  getInputProps: (path: string) => GetInputPropsReturnType;
}

interface AddressInputsProps {
  form: AddressForm;
  /** Form path of the address: `address`, `deliveryAddresses.2` or `deliveryTyped`. */
  path: string;
  /** Test id prefix: `customer` gives `customer-street`. */
  testIdPrefix: string;
}

/** Street, number, box, postal code, city and country: every address a form asks for. */
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
