import { Group, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../components/ui/DecimalInput';
import { useMe } from '../me/me-context';
import { useCurrencyOptions } from '../organization/use-company-options';
import { reminderSettingsQueryOptions } from '../reminders/api';
import type { CustomerForm } from './customer-form';
import { derivedPeppolId } from './customer-form-values';
import { useDocumentLanguageOptions, useVatRegimeOptions } from './use-customer-options';

/** Defaults for this customer's documents: language, currency, terms, VAT and PEPPOL. */
export function CustomerInvoicingFields({ form }: { form: CustomerForm }) {
  const { t } = useTranslation();
  const languages = useDocumentLanguageOptions();
  const currencies = useCurrencyOptions();
  const vatRegimes = useVatRegimeOptions();
  const derivedPeppol = derivedPeppolId(form.values);
  const me = useMe();
  const reminderSettings = useQuery({
    ...reminderSettingsQueryOptions(me.organization.id),
    enabled: me.permissions.includes('invoices'),
  });
  // Off for the company: the customer's own choice is kept, but the switch shows what happens.
  const companyOff = reminderSettings.data?.enabled === false;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('customers.fields.language')}
          data={languages}
          allowDeselect={false}
          required
          data-testid="customer-language"
          {...form.getInputProps('language')}
        />
        <Select
          label={t('company.preferences.currency')}
          data={currencies}
          allowDeselect={false}
          required
          data-testid="customer-currency"
          {...form.getInputProps('currency')}
        />
      </SimpleGrid>
      <Group align="flex-end" gap="md" wrap="wrap">
        <NumberInput
          label={t('customers.fields.paymentTermDays')}
          placeholder={t('customers.fields.paymentTermDefault')}
          min={0}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          hideControls
          w={{ base: '100%', xs: 240 }}
          data-testid="customer-paymentTermDays"
          {...form.getInputProps('paymentTermDays')}
        />
        <Switch
          label={t('customers.fields.paymentTermEndOfMonth')}
          mb={8}
          data-testid="customer-paymentTermEndOfMonth"
          {...form.getInputProps('paymentTermEndOfMonth', { type: 'checkbox' })}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('customers.fields.vatRegime')}
          data={vatRegimes}
          allowDeselect={false}
          required
          data-testid="customer-vatRegime"
          {...form.getInputProps('vatRegime')}
        />
        <DecimalInput
          label={t('customers.fields.defaultDiscountPercent')}
          placeholder="0"
          rightSection="%"
          data-testid="customer-defaultDiscountPercent"
          {...form.getInputProps('defaultDiscountPercent')}
        />
      </SimpleGrid>
      {form.values.vatRegime === 'exempt' && (
        <TextInput
          label={t('customers.fields.vatExemptionReason')}
          description={t('customers.fields.vatExemptionReasonHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required
          data-testid="customer-vatExemptionReason"
          {...form.getInputProps('vatExemptionReason')}
        />
      )}
      <TextInput
        label={t('customers.fields.peppolId')}
        placeholder={derivedPeppol ?? t('customers.fields.peppolIdPlaceholder')}
        description={
          derivedPeppol
            ? t('customers.fields.peppolIdDerived', { id: derivedPeppol })
            : t('customers.fields.peppolIdHint')
        }
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        spellCheck={false}
        data-testid="customer-peppolId"
        {...form.getInputProps('peppolId')}
      />
      <Switch
        label={t('reminders.customerSwitch.label')}
        description={
          companyOff ? t('reminders.panel.organizationOff') : t('reminders.customerSwitch.hint')
        }
        data-testid="customer-automaticReminders"
        {...form.getInputProps('automaticReminders', { type: 'checkbox' })}
        {...(companyOff && { checked: false, disabled: true })}
      />
    </Stack>
  );
}
