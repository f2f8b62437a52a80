import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  Stack,
  Text,
  TextInput,
  Tooltip,
  type MantineColor,
} from '@mantine/core';
import { IconCheck, IconCopy, IconWorldUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PEPPOL_REGISTRATION_STATUSES, PeppolSettings } from '../../../contract/index.js';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useRegisterOnPeppol } from './api';

type RegistrationStatus = (typeof PEPPOL_REGISTRATION_STATUSES)[number];

const COLORS: Record<RegistrationStatus, MantineColor> = {
  unregistered: 'gray',
  pending: 'yellow',
  registered: 'teal',
  failed: 'red',
};

/**
 * Whether other companies can find this one on PEPPOL, the button that registers it, and the
 * address where the access point delivers what the company receives.
 */
export function PeppolRegistration({ settings }: { settings: PeppolSettings }) {
  const { t } = useTranslation();
  const register = useRegisterOnPeppol();
  const labels: Record<RegistrationStatus, string> = {
    unregistered: t('peppol.registration.unregistered'),
    pending: t('peppol.registration.pending'),
    registered: t('peppol.registration.registered'),
    failed: t('peppol.registration.failed'),
  };
  const status = settings.registrationStatus;

  const run = () =>
    register.mutate(undefined, {
      onSuccess: (next) =>
        notifySuccess(
          next.registrationStatus === 'registered'
            ? t('peppol.registration.done')
            : t('peppol.registration.requested'),
        ),
      onError: notifyError,
    });

  return (
    <Stack gap="md">
      <Group gap="sm" justify="space-between">
        <Group gap="xs">
          <Text size="sm">{t('peppol.registration.status')}</Text>
          <Badge
            variant="light"
            radius="sm"
            color={COLORS[status]}
            data-testid="peppol-registration-status"
            data-status={status}
          >
            {labels[status]}
          </Badge>
        </Group>
        {status !== 'registered' && (
          <Button
            leftSection={<IconWorldUpload size={18} stroke={1.6} />}
            onClick={run}
            loading={register.isPending}
            disabled={!settings.configured}
            data-testid="peppol-register"
          >
            {status === 'failed' ? t('peppol.registration.retry') : t('peppol.registration.button')}
          </Button>
        )}
      </Group>
      {!settings.configured && (
        <Text size="sm" c="dimmed">
          {t('peppol.registration.configureFirst')}
        </Text>
      )}
      {status === 'failed' && settings.registrationError && (
        <Alert color="red" variant="light" p="sm" data-testid="peppol-registration-error">
          {settings.registrationError}
        </Alert>
      )}
      {settings.webhookUrl && (
        <TextInput
          label={t('peppol.registration.webhookUrl')}
          description={t('peppol.registration.webhookHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={settings.webhookUrl}
          readOnly
          variant="filled"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          onFocus={(event) => event.currentTarget.select()}
          rightSection={<CopyWebhookUrl url={settings.webhookUrl} />}
          data-testid="peppol-webhook-url"
        />
      )}
    </Stack>
  );
}

function CopyWebhookUrl({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={url} timeout={2000}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('peppol.registration.copied') : t('peppol.registration.copy')}>
          <ActionIcon
            variant="subtle"
            color={copied ? 'teal' : 'gray'}
            onClick={copy}
            aria-label={t('peppol.registration.copy')}
            data-testid="peppol-webhook-copy"
          >
            {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}
