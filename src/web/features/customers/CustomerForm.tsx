import { Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../contract/index.js';
import { useFormPage } from '../../components/form/use-form-page';
import { FormActions } from '../../components/ui/FormActions';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { currentLanguage } from '../../i18n';
import { AddressInputs } from '../../components/ui/AddressInputs';
import { useSaveCustomer } from './api';
import { ContactPersonsFields } from './ContactPersonsFields';
import { CustomerContactFields } from './CustomerContactFields';
import {
  emptyCustomerValues,
  toCustomerFormValues,
  toCustomerInput,
  validateCustomer,
} from './customer-form-values';
import { CustomerIdentityFields } from './CustomerIdentityFields';
import { CustomerInvoicingFields } from './CustomerInvoicingFields';
import { DeliveryAddressesFields } from './DeliveryAddressesFields';

interface CustomerFormProps {
  /** Absent for a new customer. */
  customer?: Customer;
  onSaved: (customer: Customer) => void;
}

export function CustomerForm({ customer, onSaved }: CustomerFormProps) {
  const { t } = useTranslation();
  const { form, submit, dirty, saving } = useFormPage({
    initialValues: customer
      ? toCustomerFormValues(customer)
      : emptyCustomerValues(currentLanguage()),
    validate: validateCustomer,
    toValues: toCustomerFormValues,
    toInput: toCustomerInput,
    save: useSaveCustomer(customer?.id ?? null),
    onSaved,
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <SettingsSection
          title={t('customers.sections.identity')}
          description={t('customers.sections.identityText')}
        >
          <CustomerIdentityFields form={form} />
        </SettingsSection>
        <SettingsSection
          title={t('company.address.title')}
          description={t('customers.sections.addressText')}
        >
          <AddressInputs form={form} path="address" testIdPrefix="customer" />
        </SettingsSection>
        <SettingsSection
          title={t('company.contact.title')}
          description={t('customers.sections.contactText')}
        >
          <CustomerContactFields form={form} />
        </SettingsSection>
        <SettingsSection
          title={t('customers.sections.invoicing')}
          description={t('customers.sections.invoicingText')}
        >
          <CustomerInvoicingFields form={form} />
        </SettingsSection>
        <SettingsSection
          title={t('customers.sections.contacts')}
          description={t('customers.sections.contactsText')}
        >
          <ContactPersonsFields form={form} />
        </SettingsSection>
        <SettingsSection
          title={t('customers.sections.delivery')}
          description={t('customers.sections.deliveryText')}
        >
          <DeliveryAddressesFields form={form} />
        </SettingsSection>
        <SettingsSection
          title={t('customers.sections.notes')}
          description={t('customers.sections.notesText')}
        >
          <Textarea
            aria-label={t('customers.sections.notes')}
            autosize
            minRows={3}
            maxRows={12}
            data-testid="customer-notes"
            {...form.getInputProps('notes')}
          />
        </SettingsSection>
        <FormActions
          dirty={dirty}
          saving={saving}
          saveLabel={customer ? t('form.save') : t('customers.create')}
          onReset={customer ? form.reset : undefined}
          saveTestId="customer-save"
        />
      </Stack>
    </form>
  );
}
