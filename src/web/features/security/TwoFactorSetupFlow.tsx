import { Alert, Box, Button, Code, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enableTwoFactorRequestSchema, type TwoFactorSetup } from '../../../contract/index.js';
import { showServerErrors } from '../../lib/form-errors';
import { errorMessage } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useEnableTwoFactor, useStartTwoFactorSetup } from './api';
import { RecoveryCodes } from './RecoveryCodes';

/** `ABCD EFGH …`: easier to copy by hand into an app that cannot scan. */
function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/**
 * Activation: "Activate" asks for a new secret, shown as a QR code and as text, confirmed with a
 * code from the app; then the recovery codes. `onDone` runs once the user has seen the codes.
 */
export function TwoFactorSetupFlow({
  onStarted,
  onDone,
}: {
  /** The activation began: the caller keeps this flow on screen until `onDone`. */
  onStarted?: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const start = useStartTwoFactorSetup();
  const enable = useEnableTwoFactor();
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const form = useForm({
    initialValues: { code: '' },
    validate: (values) => schemaErrors(enableTwoFactorRequestSchema, values),
  });
  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} />;
  if (!setup)
    return (
      <Stack gap="sm" align="flex-start">
        {start.isError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle />} role="alert">
            {errorMessage(start.error)}
          </Alert>
        )}
        <Button
          color="green"
          onClick={() => {
            onStarted?.();
            start.mutate(undefined, { onSuccess: setSetup });
          }}
          loading={start.isPending}
          data-testid="two-factor-activate"
        >
          {t('security.twoFactor.activate')}
        </Button>
      </Stack>
    );

  const submit = form.onSubmit((values) =>
    enable.mutate(values, {
      onSuccess: (result) => setCodes(result.recoveryCodes),
      onError: (error) => showServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="two-factor-setup">
      <Stack gap="md">
        <Text size="sm">{t('security.twoFactor.scan')}</Text>
        <Group align="flex-start" gap="lg" wrap="wrap">
          <Box bg="white" p={4} style={{ borderRadius: 8, lineHeight: 0 }}>
            <Image
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`}
              alt={t('security.twoFactor.qrAlt')}
              w={180}
              h={180}
              data-testid="two-factor-qr"
            />
          </Box>
          <Stack gap={4} maw={320}>
            <Text size="sm" c="dimmed">
              {t('security.twoFactor.cannotScan')}
            </Text>
            <Code fz="sm" p="xs" data-testid="two-factor-secret" data-secret={setup.secret}>
              {groupSecret(setup.secret)}
            </Code>
          </Stack>
        </Group>
        <TextInput
          label={t('security.twoFactor.code')}
          description={t('security.twoFactor.codeHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={7}
          maw={220}
          required
          data-testid="two-factor-code"
          {...form.getInputProps('code')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setSetup(null)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={enable.isPending} data-testid="two-factor-confirm">
            {t('security.twoFactor.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
