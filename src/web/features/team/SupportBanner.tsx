import { Alert, Button, Group, Text } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/notify';
import { useMe } from '../me/me-context';
import { useEndSupportSession } from './api';

/** Shown during a support session: whose data this is, that it is read-only, and the way out. */
export function SupportBanner() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const end = useEndSupportSession();
  if (me.role !== 'support') return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconLifebuoy />}
      mb="md"
      data-testid="support-banner"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('support.banner', { company: me.organization.name })}</Text>
        <Button
          size="xs"
          variant="white"
          color="orange"
          loading={end.isPending}
          onClick={() =>
            end.mutate(undefined, {
              onSuccess: () => void navigate({ to: '/account' }),
              onError: notifyError,
            })
          }
          data-testid="support-leave"
        >
          {t('support.leave')}
        </Button>
      </Group>
    </Alert>
  );
}
