import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../contract/index.js';
import { useFormPage } from '../../components/form/use-form-page';
import { FormActions } from '../../components/ui/FormActions';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { notifySuccess } from '../../lib/notify';
import { AddressFields } from './AddressFields';
import { useUpdateOrganization } from './api';
import { BankAccountsFields } from './BankAccountsFields';
import { toCompanyFormValues, toUpdateRequest, validateCompany } from './company-form-values';
import { ContactFields } from './ContactFields';
import { IdentityFields } from './IdentityFields';
import { PreferencesFields } from './PreferencesFields';

export function CompanyForm({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const { form, submit, dirty, saving } = useFormPage({
    initialValues: toCompanyFormValues(organization),
    validate: validateCompany,
    toValues: toCompanyFormValues,
    toInput: toUpdateRequest,
    save: useUpdateOrganization(),
    onSaved: () => notifySuccess(t('company.saved')),
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <SettingsSection
          title={t('company.identity.title')}
          description={t('company.identity.description')}
        >
          <IdentityFields form={form} />
        </SettingsSection>
        <SettingsSection
          title={t('company.address.title')}
          description={t('company.address.description')}
        >
          <AddressFields form={form} />
        </SettingsSection>
        <SettingsSection
          title={t('company.contact.title')}
          description={t('company.contact.description')}
        >
          <ContactFields form={form} />
        </SettingsSection>
        <SettingsSection
          title={t('company.bank.title')}
          description={t('company.bank.description')}
        >
          <BankAccountsFields form={form} />
        </SettingsSection>
        <SettingsSection
          title={t('company.preferences.title')}
          description={t('company.preferences.description')}
        >
          <PreferencesFields form={form} />
        </SettingsSection>

        <FormActions
          dirty={dirty}
          saving={saving}
          saveLabel={t('company.save')}
          onReset={form.reset}
          saveTestId="company-save"
        />
      </Stack>
    </form>
  );
}
