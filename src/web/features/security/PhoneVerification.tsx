import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  confirmPhoneRequestSchema,
  startPhoneVerificationRequestSchema,
  type TwoFactorStatus,
} from '../../../contract/index.js';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useConfirmPhone, useStartPhoneVerification } from './api';

/**
 * Optional: a mobile number confirmed with a code sent by SMS, where the server has an SMS
 * transport. Two-factor login itself uses the authenticator app and never needs it.
 */
export function PhoneVerification({ status }: { status: TwoFactorStatus }) {
  const { t } = useTranslation();
  const start = useStartPhoneVerification();
  const confirm = useConfirmPhone();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const phoneForm = useForm({
    initialValues: { phone: status.phone?.number ?? '' },
    validate: (values) => schemaErrors(startPhoneVerificationRequestSchema, values),
  });
  const codeForm = useForm({
    initialValues: { code: '' },
    validate: (values) => schemaErrors(confirmPhoneRequestSchema, values),
  });

  const send = phoneForm.onSubmit((values) =>
    start.mutate(values, {
      onSuccess: () => setSentTo(values.phone),
      onError: (error) => showServerErrors(phoneForm, error),
    }),
  );
  const check = codeForm.onSubmit((values) =>
    confirm.mutate(values, {
      onSuccess: () => {
        setSentTo(null);
        codeForm.reset();
        notifySuccess(t('security.phone.confirmed'));
      },
      onError: (error) => showServerErrors(codeForm, error),
    }),
  );

  return (
    <Stack gap="xs" data-testid="phone-verification">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('security.phone.title')}
        </Text>
        {status.phone?.verified && (
          <Badge color="green" variant="light">
            {t('security.phone.verified', { phone: status.phone.number })}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('security.phone.description')}
      </Text>
      {sentTo ? (
        <form onSubmit={check} noValidate>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('security.phone.code', { phone: sentTo })}
              autoComplete="one-time-code"
              inputMode="numeric"
              maw={220}
              {...codeForm.getInputProps('code')}
            />
            <Button type="submit" variant="light" loading={confirm.isPending}>
              {t('security.phone.confirm')}
            </Button>
          </Group>
        </form>
      ) : (
        <form onSubmit={send} noValidate>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('security.phone.number')}
              placeholder="+32 470 12 34 56"
              type="tel"
              autoComplete="tel"
              maw={240}
              {...phoneForm.getInputProps('phone')}
            />
            <Button type="submit" variant="light" loading={start.isPending}>
              {t('security.phone.send')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
