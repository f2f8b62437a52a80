import { Grid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../components/ui/CountrySelect';
import type { CompanyForm } from './company-form';

export function AddressFields({ form }: { form: CompanyForm }) {
  const { t } = useTranslation();
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput
          label={t('company.address.street')}
          autoComplete="address-line1"
          data-testid="company-street"
          {...form.getInputProps('address.street')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 2 }}>
        <TextInput
          label={t('company.address.number')}
          data-testid="company-number"
          {...form.getInputProps('address.number')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 2 }}>
        <TextInput
          label={t('company.address.box')}
          data-testid="company-box"
          {...form.getInputProps('address.box')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          label={t('company.address.postalCode')}
          autoComplete="postal-code"
          data-testid="company-postalCode"
          {...form.getInputProps('address.postalCode')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput
          label={t('company.address.city')}
          autoComplete="address-level2"
          data-testid="company-city"
          {...form.getInputProps('address.city')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <CountrySelect
          label={t('fields.country')}
          required
          data-testid="company-country"
          {...form.getInputProps('address.country')}
        />
      </Grid.Col>
    </Grid>
  );
}
