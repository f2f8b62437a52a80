import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { CompanySettings } from '../features/organization/CompanySettings';
import { OrganizationSecuritySection } from '../features/security/OrganizationSecuritySection';
import { usePageTitle } from '../lib/use-page-title';

export function CompanySettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('company.title'));
  return (
    <Stack gap="xl">
      <PageHeader title={t('company.title')} description={t('company.subtitle')} />
      <CompanySettings />
      <OrganizationSecuritySection />
    </Stack>
  );
}
