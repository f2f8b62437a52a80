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
import { useFormFields } from '../../components/form/use-form-fields';
import type { CustomerForm } from './customer-form';

/** Regimes that cannot be applied without the customer's VAT number. */
const NEEDS_VAT_NUMBER = new Set(['reverseCharge', 'intraEuGoods', 'intraEuServices']);

const ROLES = [
  ['isCustomer', 'customer'],
  ['isSupplier', 'supplier'],
  ['isProspect', 'prospect'],
] as const;

export function CustomerIdentityFields({ form }: { form: CustomerForm }) {
  const { t } = useTranslation();
  const field = useFormFields(form, 'customers.fields', 'customer');
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
          {ROLES.map(([path, role]) => (
            <Checkbox
              key={path}
              label={t(`customers.roles.${role}`)}
              data-testid={`customer-${path}`}
              {...form.getInputProps(path, { type: 'checkbox' })}
              {...(path === 'isCustomer' && { error: Boolean(roleError) })}
            />
          ))}
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
          {...field('attention')}
          placeholder={t('customers.fields.attentionPlaceholder')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          {...field('enterpriseNumber')}
          placeholder={address.country === 'BE' ? t('company.enterpriseNumberPlaceholder') : ''}
          spellCheck={false}
        />
        <TextInput
          {...field('vatNumber')}
          placeholder={t('company.vatNumberPlaceholder')}
          required={NEEDS_VAT_NUMBER.has(vatRegime)}
          spellCheck={false}
        />
      </SimpleGrid>
    </Stack>
  );
}
