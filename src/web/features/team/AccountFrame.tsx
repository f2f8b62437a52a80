import { Button, Container, Group } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { Outlet, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../components/ui/Brand';
import { MAIN_CONTENT_ID } from '../../components/ui/SkipLink';
import { notifyError } from '../../lib/notify';
import { useLogout } from '../auth/api';
import { LanguageSwitcher } from '../me/LanguageSwitcher';

/** Frame of the account home: signed in, but outside any company. */
export function AccountFrame() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <div>
      <Group
        justify="space-between"
        px={{ base: 'md', sm: 'xl' }}
        py="md"
        component="header"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Brand />
        <Group gap="sm">
          <LanguageSwitcher />
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconLogout size={16} />}
            onClick={() =>
              logout.mutate(undefined, {
                onSuccess: () => void navigate({ to: '/login' }),
                onError: notifyError,
              })
            }
            data-testid="account-logout"
          >
            {t('userMenu.logout')}
          </Button>
        </Group>
      </Group>
      <Container size="lg" py="xl" component="main" id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Outlet />
      </Container>
    </div>
  );
}
