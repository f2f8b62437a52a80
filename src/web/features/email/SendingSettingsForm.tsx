import {
  Alert,
  Button,
  Group,
  NumberInput,
  PasswordInput,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck, IconCircleX, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  emailAddressSchema,
  emailSettingsRequestSchema,
  type EmailSettings,
  type EmailTestResult,
} from '../../../contract/index.js';
import { FormActions } from '../../components/ui/FormActions';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { showServerErrors } from '../../lib/form-errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useMe } from '../me/me-context';
import { useSaveEmailSettings, useTestEmail } from './api';
import {
  DEFAULT_PORTS,
  settingsFormPath,
  toEmailSettingsRequest,
  toEmailSettingsValues,
  type EmailSettingsValues,
} from './email-settings-values';

const fieldErrors = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([path, text]) => [settingsFormPath(path), text]));

/** How to send (Facto's sender or the company's SMTP server), a test, default copies. */
export function SendingSettingsForm({ settings }: { settings: EmailSettings }) {
  const { t } = useTranslation();
  const save = useSaveEmailSettings();
  const form = useForm<EmailSettingsValues>({
    initialValues: toEmailSettingsValues(settings),
    validate: (values) =>
      fieldErrors(schemaErrors(emailSettingsRequestSchema, toEmailSettingsRequest(values))),
  });
  const own = form.values.sending === 'smtp';
  const split = [',', ';', ' '];

  const submit = form.onSubmit((values) =>
    save.mutate(toEmailSettingsRequest(values), {
      onSuccess: (saved) => {
        const next = toEmailSettingsValues(saved);
        form.setInitialValues(next);
        form.setValues(next);
        form.resetDirty(next);
        notifySuccess(t('email.settings.saved'));
      },
      onError: (error) => showServerErrors(form, error, settingsFormPath),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <SettingsSection
          title={t('email.settings.sendingTitle')}
          description={t('email.settings.sendingText')}
        >
          <Stack gap="md">
            <Radio.Group
              value={form.values.sending}
              onChange={(value) =>
                form.setFieldValue('sending', value as EmailSettingsValues['sending'])
              }
              data-testid="email-sending"
            >
              <Stack gap="sm">
                <Radio
                  value="general"
                  label={t('email.settings.general')}
                  description={
                    settings.generalSenderAvailable
                      ? t('email.settings.generalText')
                      : t('email.settings.mailboxText')
                  }
                  data-testid="email-sending-general"
                />
                <Radio
                  value="smtp"
                  label={t('email.settings.own')}
                  description={t('email.settings.ownText')}
                  data-testid="email-sending-smtp"
                />
              </Stack>
            </Radio.Group>
            {own && (
              <Stack gap="md">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={t('email.settings.host')}
                    placeholder="smtp.example.be"
                    required
                    autoComplete="off"
                    spellCheck={false}
                    data-testid="email-smtp-host"
                    {...form.getInputProps('host')}
                  />
                  <NumberInput
                    label={t('email.settings.port')}
                    min={1}
                    max={65535}
                    allowDecimal={false}
                    required
                    data-testid="email-smtp-port"
                    {...form.getInputProps('port')}
                  />
                </SimpleGrid>
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="email-security-label">
                    {t('email.settings.security')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="email-security-label"
                    data={[
                      { value: 'starttls', label: t('email.settings.starttls') },
                      { value: 'tls', label: t('email.settings.tls') },
                      { value: 'none', label: t('email.settings.noTls') },
                    ]}
                    value={form.values.security}
                    onChange={(value) => {
                      const security = value as EmailSettingsValues['security'];
                      form.setFieldValue('security', security);
                      form.setFieldValue('port', DEFAULT_PORTS[security]);
                    }}
                    data-testid="email-smtp-security"
                  />
                </Stack>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={t('email.settings.user')}
                    autoComplete="off"
                    spellCheck={false}
                    data-testid="email-smtp-user"
                    {...form.getInputProps('user')}
                  />
                  <PasswordInput
                    label={t('email.settings.password')}
                    placeholder={
                      settings.smtp?.hasPassword ? t('email.settings.passwordStored') : undefined
                    }
                    description={
                      settings.smtp?.hasPassword ? t('email.settings.passwordKeep') : undefined
                    }
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    autoComplete="new-password"
                    data-testid="email-smtp-password"
                    {...form.getInputProps('password')}
                  />
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={t('email.settings.fromAddress')}
                    type="email"
                    required
                    autoComplete="off"
                    data-testid="email-smtp-from"
                    {...form.getInputProps('fromAddress')}
                  />
                  <TextInput
                    label={t('email.settings.fromName')}
                    description={t('email.settings.fromNameHint')}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    data-testid="email-smtp-from-name"
                    {...form.getInputProps('fromName')}
                  />
                </SimpleGrid>
              </Stack>
            )}
            <TestEmail values={form.values} />
          </Stack>
        </SettingsSection>
        <SettingsSection
          title={t('email.settings.copiesTitle')}
          description={t('email.settings.copiesText')}
        >
          <Stack gap="md">
            <TagsInput
              label={t('email.fields.cc')}
              splitChars={split}
              clearable
              data-testid="email-default-cc"
              {...form.getInputProps('defaultCc')}
            />
            <TagsInput
              label={t('email.fields.bcc')}
              splitChars={split}
              clearable
              data-testid="email-default-bcc"
              {...form.getInputProps('defaultBcc')}
            />
          </Stack>
        </SettingsSection>
        <SettingsSection
          title={t('email.settings.paymentTitle')}
          description={t('email.settings.paymentText')}
        >
          <Switch
            label={t('email.settings.paymentConfirmation')}
            data-testid="email-payment-confirmation"
            {...form.getInputProps('paymentConfirmation', { type: 'checkbox' })}
          />
        </SettingsSection>
        <FormActions
          dirty={form.isDirty()}
          saving={save.isPending}
          saveLabel={t('email.settings.save')}
          onReset={form.reset}
          saveTestId="email-settings-save"
        />
      </Stack>
    </form>
  );
}

/** Sends a short message with the settings as typed, and shows what the server answered. */
function TestEmail({ values }: { values: EmailSettingsValues }) {
  const { t } = useTranslation();
  const me = useMe();
  const test = useTestEmail();
  const [to, setTo] = useState(me.user.email);
  const [result, setResult] = useState<EmailTestResult | null>(null);
  const valid = emailAddressSchema.safeParse(to).success;
  const run = () => {
    setResult(null);
    test.mutate(
      { to, settings: toEmailSettingsRequest(values) },
      { onSuccess: setResult, onError: notifyError },
    );
  };
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('email.settings.testTo')}
          type="email"
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
          style={{ flex: '1 1 220px' }}
          data-testid="email-test-to"
        />
        <Button
          variant="default"
          leftSection={<IconSend size={16} />}
          onClick={run}
          loading={test.isPending}
          disabled={!valid}
          data-testid="email-test"
        >
          {t('email.settings.test')}
        </Button>
      </Group>
      {result && (
        <Alert
          color={result.ok ? 'teal' : 'red'}
          variant="light"
          icon={result.ok ? <IconCircleCheck /> : <IconCircleX />}
          p="sm"
          data-testid="email-test-result"
        >
          <Text size="sm">
            {result.ok
              ? result.transport === 'mailbox'
                ? t('email.settings.testMailbox')
                : t('email.settings.testOk')
              : t('email.settings.testFailed')}
          </Text>
          {(result.response ?? result.error) && (
            <Text size="xs" ff="monospace" mt={4} style={{ wordBreak: 'break-word' }}>
              {result.response ?? result.error}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
