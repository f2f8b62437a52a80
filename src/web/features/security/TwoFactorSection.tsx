import { Badge, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconShieldCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  disableTwoFactorRequestSchema,
  regenerateRecoveryCodesRequestSchema,
  type TwoFactorStatus,
} from '../../../contract/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { currentLanguage } from '../../i18n';
import { showServerErrors } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useMe } from '../me/me-context';
import { twoFactorQueryOptions, useDisableTwoFactor, useRegenerateRecoveryCodes } from './api';
import { PhoneVerification } from './PhoneVerification';
import { RecoveryCodes } from './RecoveryCodes';
import { TwoFactorSetupFlow } from './TwoFactorSetupFlow';
import { FormModal } from '../../components/form/FormModal';

export function TwoFactorSection() {
  const { t } = useTranslation();
  const me = useMe();
  const status = useQuery(twoFactorQueryOptions(me.user.id));
  // Keeps the activation (and its recovery codes) on screen while the status refreshes.
  const [activating, setActivating] = useState(false);

  let body;
  if (status.isPending) body = <CenteredLoader />;
  else if (status.isError)
    body = <LoadError error={status.error} onRetry={() => void status.refetch()} />;
  else if (!status.data.enabled || activating)
    body = (
      <Stack gap="md">
        {!activating && <Text size="sm">{t('security.twoFactor.off')}</Text>}
        <TwoFactorSetupFlow
          onStarted={() => setActivating(true)}
          onDone={() => {
            setActivating(false);
            notifySuccess(t('security.twoFactor.enabled'));
          }}
        />
        {status.data.smsAvailable && <PhoneVerification status={status.data} />}
      </Stack>
    );
  else body = <EnabledTwoFactor status={status.data} />;

  return (
    <SettingsSection
      title={t('security.twoFactor.title')}
      description={t('security.twoFactor.description')}
    >
      <div data-testid="two-factor-section">{body}</div>
    </SettingsSection>
  );
}

function EnabledTwoFactor({ status }: { status: TwoFactorStatus }) {
  const { t } = useTranslation();
  const [disabling, disableModal] = useDisclosure(false);
  const [renewing, renewModal] = useDisclosure(false);
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;
  return (
    <Stack gap="md">
      <Group gap="xs">
        <IconShieldCheck size={20} color="var(--mantine-color-green-7)" />
        <Badge color="green" variant="light" data-testid="two-factor-status">
          {t('security.twoFactor.on')}
        </Badge>
        {status.enabledAt && (
          <Text size="sm" c="dimmed">
            {t('security.twoFactor.since', {
              date: formatDateTime(status.enabledAt, currentLanguage()),
            })}
          </Text>
        )}
      </Group>
      <Text size="sm" data-testid="recovery-codes-left">
        {t('security.recovery.left', { number: status.recoveryCodesLeft })}
      </Text>
      {status.requiredByOrganization && (
        <Text size="sm" c="dimmed">
          {t('security.twoFactor.requiredNote')}
        </Text>
      )}
      {status.smsAvailable && <PhoneVerification status={status} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={renewModal.open} data-testid="recovery-renew">
          {t('security.recovery.renew')}
        </Button>
        <Button
          color="red"
          variant="light"
          onClick={disableModal.open}
          data-testid="two-factor-deactivate"
        >
          {t('security.twoFactor.deactivate')}
        </Button>
      </Group>
      <DisableModal opened={disabling} onClose={disableModal.close} />
      <RenewCodesModal
        opened={renewing}
        onClose={renewModal.close}
        onRenewed={(fresh) => {
          renewModal.close();
          setCodes(fresh);
        }}
      />
    </Stack>
  );
}

function DisableModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const disable = useDisableTwoFactor();
  const form = useForm({
    initialValues: { password: '', code: '' },
    validate: (values) => schemaErrors(disableTwoFactorRequestSchema, values),
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    disable.mutate(values, {
      onSuccess: () => {
        close();
        notifySuccess(t('security.twoFactor.disabled'));
      },
      onError: (error) => showServerErrors(form, error),
    }),
  );
  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={t('security.twoFactor.deactivateTitle')}
      onSubmit={submit}
      submitLabel={t('security.twoFactor.deactivate')}
      submitTestId="two-factor-disable-submit"
      saving={disable.isPending}
      danger
    >
      <Text size="sm">{t('security.twoFactor.deactivateText')}</Text>
      <PasswordInput
        label={t('fields.password')}
        autoComplete="current-password"
        required
        data-testid="two-factor-disable-password"
        {...form.getInputProps('password')}
      />
      <TextInput
        label={t('security.twoFactor.codeOrRecovery')}
        autoComplete="one-time-code"
        required
        data-testid="two-factor-disable-code"
        {...form.getInputProps('code')}
      />
    </FormModal>
  );
}

function RenewCodesModal({
  opened,
  onClose,
  onRenewed,
}: {
  opened: boolean;
  onClose: () => void;
  onRenewed: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const renew = useRegenerateRecoveryCodes();
  const form = useForm({
    initialValues: { password: '' },
    validate: (values) => schemaErrors(regenerateRecoveryCodesRequestSchema, values),
  });
  const submit = form.onSubmit((values) =>
    renew.mutate(values, {
      onSuccess: (result) => {
        form.reset();
        onRenewed(result.recoveryCodes);
      },
      onError: (error) => showServerErrors(form, error),
    }),
  );
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('security.recovery.renew')}
      onSubmit={submit}
      submitLabel={t('security.recovery.renew')}
      saving={renew.isPending}
    >
      <Text size="sm">{t('security.recovery.renewText')}</Text>
      <PasswordInput
        label={t('fields.password')}
        autoComplete="current-password"
        required
        {...form.getInputProps('password')}
      />
    </FormModal>
  );
}
