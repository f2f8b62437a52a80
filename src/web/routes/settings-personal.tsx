import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { useMe } from '../features/me/me-context';
import { PersonalSettingsForm } from '../features/me/PersonalSettingsForm';
import { ChangePasswordForm } from '../features/security/ChangePasswordForm';
import { SessionsSection } from '../features/security/SessionsSection';
import { TwoFactorSection } from '../features/security/TwoFactorSection';
import { usePageTitle } from '../lib/use-page-title';

export function PersonalSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('personal.title'));
  return (
    <Stack gap="xl">
      <PageHeader title={t('personal.title')} description={t('personal.subtitle')} />
      {/* Re-initialised when the language is changed from the user menu meanwhile. */}
      <PersonalSettingsForm key={me.user.language} />
      <ChangePasswordForm />
      <TwoFactorSection />
      <SessionsSection />
    </Stack>
  );
}
