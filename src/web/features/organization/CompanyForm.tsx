import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../contract/index.js';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { AddressFields } from './AddressFields';
import { useUpdateOrganization } from './api';
import { BankAccountsFields } from './BankAccountsFields';
import {
  toCompanyFormValues,
  toUpdateRequest,
  validateCompany,
  type CompanyFormValues,
} from './company-form-values';
import { ContactFields } from './ContactFields';
import { IdentityFields } from './IdentityFields';
import { PreferencesFields } from './PreferencesFields';

export function CompanyForm({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const update = useUpdateOrganization();
  const form = useForm<CompanyFormValues>({
    initialValues: toCompanyFormValues(organization),
    validate: validateCompany,
    validateInputOnBlur: true,
  });
  const dirty = form.isDirty();

  // Long form: bring the first problem into view instead of leaving the user searching.
  const focusFirstError = (errors: FormErrors) => {
    const first = Object.keys(errors)[0];
    if (first) form.getInputNode(first)?.focus();
  };

  const submit = form.onSubmit((values) => {
    update.mutate(toUpdateRequest(values), {
      onSuccess: (saved) => {
        const next = toCompanyFormValues(saved);
        form.setInitialValues(next);
        form.setValues(next);
        form.resetDirty(next);
        notifySuccess(t('company.saved'));
      },
      onError: (error) => focusFirstError(showServerErrors(form, error)),
    });
  }, focusFirstError);

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

        <Paper
          withBorder
          shadow="sm"
          p="sm"
          // Above the phone's bottom bar (the footer offset is 0 on laptops and outside the app frame).
          style={{
            position: 'sticky',
            bottom: 'calc(var(--app-shell-footer-offset, 0rem) + var(--mantine-spacing-md))',
            zIndex: 5,
          }}
        >
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {dirty ? t('company.unsaved') : null}
            </Text>
            <Group gap="sm" ml="auto">
              <Button
                variant="default"
                onClick={form.reset}
                disabled={!dirty}
                data-testid="company-reset"
              >
                {t('company.reset')}
              </Button>
              <Button type="submit" loading={update.isPending} data-testid="company-save">
                {t('company.save')}
              </Button>
            </Group>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}
