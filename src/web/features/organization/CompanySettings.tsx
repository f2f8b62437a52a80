import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { useMe } from '../me/me-context';
import { organizationQueryOptions } from './api';
import { CompanyForm } from './CompanyForm';
import { LogoSection } from './LogoSection';

export function CompanySettings() {
  const { t } = useTranslation();
  const me = useMe();
  const query = useQuery(organizationQueryOptions(me.organization.id));

  if (query.isPending) return <CenteredLoader />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;

  const organization = query.data;
  return (
    <Stack gap="lg">
      {/* The logo is saved on its own, as soon as it is chosen. */}
      <SettingsSection title={t('company.logo.title')} description={t('company.logo.description')}>
        <LogoSection organization={organization} />
      </SettingsSection>
      {/* A new organization means a new form, never the previous one's edits. */}
      <CompanyForm key={organization.id} organization={organization} />
    </Stack>
  );
}
