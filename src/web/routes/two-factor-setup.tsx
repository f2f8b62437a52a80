import { Anchor, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AuthCard } from '../features/auth/AuthCard';
import { useLogout } from '../features/auth/api';
import { meQueryOptions } from '../features/me/api';
import { TwoFactorSetupFlow } from '../features/security/TwoFactorSetupFlow';
import { notifyError } from '../lib/notify';
import { usePageTitle } from '../lib/use-page-title';

/** Right after login, when the organization requires two-factor login and the user has none. */
export function TwoFactorSetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('security.forced.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me } = useQuery(meQueryOptions);
  const logout = useLogout();

  const done = async () => {
    await queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 });
    await navigate({ to: '/' });
  };

  return (
    <AuthCard
      width={560}
      title={t('security.forced.title')}
      subtitle={t('security.forced.subtitle', { company: me?.organization.name ?? '' })}
      footer={
        <Anchor
          component="button"
          type="button"
          onClick={() =>
            logout.mutate(undefined, {
              onSuccess: () => void navigate({ to: '/login' }),
              onError: notifyError,
            })
          }
          data-testid="forced-logout"
        >
          {t('userMenu.logout')}
        </Anchor>
      }
    >
      <Stack gap="md" data-testid="forced-two-factor">
        <Text size="sm">{t('security.twoFactor.description')}</Text>
        <TwoFactorSetupFlow onDone={() => void done()} />
      </Stack>
    </AuthCard>
  );
}
