import {
  Checkbox,
  Group,
  Input,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerForm } from './customer-form';

/** Regimes that cannot be applied without the customer's VAT number. */
const NEEDS_VAT_NUMBER = new Set(['reverseCharge', 'intraEuGoods', 'intraEuServices']);

export function CustomerIdentityFields({ form }: { form: CustomerForm }) {
  const { t } = useTranslation();
  const { kind, vatRegime, address } = form.values;
  const company = kind === 'company';
  const roleError = form.errors.isCustomer;
  return (
    <Stack gap="md">
      <SegmentedControl
        fullWidth
        maw={360}
        aria-label={t('customers.fields.kind')}
        data={[
          {
            value: 'company',
            label: <span data-testid="customer-kind-company">{t('customers.kinds.company')}</span>,
          },
          {
            value: 'person',
            label: <span data-testid="customer-kind-person">{t('customers.kinds.person')}</span>,
          },
        ]}
        data-testid="customer-kind"
        {...form.getInputProps('kind')}
      />
      <Input.Wrapper label={t('customers.fields.roles')} error={roleError} required>
        <Group gap="lg" mt={6}>
          <Checkbox
            label={t('customers.roles.customer')}
            data-testid="customer-isCustomer"
            {...form.getInputProps('isCustomer', { type: 'checkbox' })}
            error={Boolean(roleError)}
          />
          <Checkbox
            label={t('customers.roles.supplier')}
            data-testid="customer-isSupplier"
            {...form.getInputProps('isSupplier', { type: 'checkbox' })}
          />
          <Checkbox
            label={t('customers.roles.prospect')}
            data-testid="customer-isProspect"
            {...form.getInputProps('isProspect', { type: 'checkbox' })}
          />
        </Group>
      </Input.Wrapper>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={company ? t('customers.fields.companyName') : t('customers.fields.personName')}
          required
          autoComplete="off"
          data-testid="customer-name"
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('customers.fields.attention')}
          placeholder={t('customers.fields.attentionPlaceholder')}
          data-testid="customer-attention"
          {...form.getInputProps('attention')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('customers.fields.enterpriseNumber')}
          placeholder={address.country === 'BE' ? t('company.enterpriseNumberPlaceholder') : ''}
          spellCheck={false}
          data-testid="customer-enterpriseNumber"
          {...form.getInputProps('enterpriseNumber')}
        />
        <TextInput
          label={t('customers.fields.vatNumber')}
          placeholder={t('company.vatNumberPlaceholder')}
          required={NEEDS_VAT_NUMBER.has(vatRegime)}
          spellCheck={false}
          data-testid="customer-vatNumber"
          {...form.getInputProps('vatNumber')}
        />
      </SimpleGrid>
    </Stack>
  );
}
