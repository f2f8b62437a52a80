import { Alert, Stack, Switch, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { canManageSettings, useMe } from '../me/me-context';
import {
  organizationSecurityQueryOptions,
  smsOutboxQueryOptions,
  twoFactorQueryOptions,
  useUpdateOrganizationSecurity,
} from './api';

/** Company settings → Security: require two-factor login of every user; the SMS outbox. */
export function OrganizationSecuritySection() {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = canManageSettings(me);
  const security = useQuery({
    ...organizationSecurityQueryOptions(me.organization.id),
    enabled: allowed,
  });
  const status = useQuery(twoFactorQueryOptions(me.user.id));
  const update = useUpdateOrganizationSecurity(me.organization.id);
  if (!allowed) return null;

  let body;
  if (security.isPending) body = <CenteredLoader />;
  else if (security.isError)
    body = <LoadError error={security.error} onRetry={() => void security.refetch()} />;
  else
    body = (
      <Stack gap="md">
        <Switch
          label={t('security.organization.require')}
          description={t('security.organization.requireHint')}
          checked={security.data.requireTwoFactor}
          disabled={update.isPending}
          data-testid="organization-require-two-factor"
          onChange={(event) =>
            update.mutate(
              { requireTwoFactor: event.currentTarget.checked },
              {
                onSuccess: (saved) =>
                  notifySuccess(
                    saved.requireTwoFactor
                      ? t('security.organization.required')
                      : t('security.organization.notRequired'),
                  ),
                onError: notifyError,
              },
            )
          }
        />
        {!security.data.requireTwoFactor && status.data && !status.data.enabled && (
          <Alert color="blue" variant="light">
            {t('security.organization.selfFirst')}
          </Alert>
        )}
        {status.data?.smsAvailable && <SmsOutbox organizationId={me.organization.id} />}
      </Stack>
    );

  return (
    <SettingsSection
      title={t('security.organization.title')}
      description={t('security.organization.description')}
    >
      <div data-testid="organization-security">{body}</div>
    </SettingsSection>
  );
}

/** The local SMS transport's messages: what would have been sent to mobile numbers. */
function SmsOutbox({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const outbox = useQuery(smsOutboxQueryOptions(organizationId));
  const language = currentLanguage();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('security.organization.smsOutbox')}
      </Text>
      {outbox.data && outbox.data.length > 0 ? (
        <Table.ScrollContainer minWidth={420}>
          <Table striped>
            <Table.Tbody>
              {outbox.data.map((message) => (
                <Table.Tr key={message.id}>
                  <Table.Td>{formatDateTime(message.createdAt, language)}</Table.Td>
                  <Table.Td>{message.phone}</Table.Td>
                  <Table.Td>{message.body}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          {t('security.organization.smsOutboxEmpty')}
        </Text>
      )}
    </Stack>
  );
}
