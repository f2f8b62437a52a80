import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordRequestSchema, translate } from '../../../contract/index.js';
import { MIN_PASSWORD_SCORE, passwordUserInputs } from '../../../core/passwords/index.js';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { currentLanguage } from '../../i18n';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useMe } from '../me/me-context';
import { useChangePassword } from './api';
import { PasswordStrengthMeter } from './PasswordStrengthMeter';
import { usePasswordStrength } from './use-password-strength';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

const empty: Values = { currentPassword: '', newPassword: '', confirmation: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const me = useMe();
  const change = useChangePassword();
  const userInputs = useMemo(
    () =>
      passwordUserInputs({
        email: me.user.email,
        firstName: me.user.firstName,
        lastName: me.user.lastName,
        companyName: me.organizations.map((o) => o.name).join(' '),
      }),
    [me],
  );
  const form = useForm<Values>({
    initialValues: empty,
    validate: (values) => {
      const errors: Record<string, string> = schemaErrors(changePasswordRequestSchema, {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      if (!errors.newPassword && strength.strength && strength.strength.score < MIN_PASSWORD_SCORE)
        errors.newPassword = translate(currentLanguage(), 'validation.passwordTooWeak');
      if (values.confirmation !== values.newPassword)
        errors.confirmation = t('security.password.mismatch');
      return errors;
    },
  });
  const strength = usePasswordStrength(form.values.newPassword, userInputs);

  const submit = form.onSubmit((values) =>
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          form.setValues(empty);
          form.resetDirty(empty);
          notifySuccess(t('security.password.changed'));
        },
        onError: (error) => showServerErrors(form, error),
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="password-form">
      <SettingsSection
        title={t('security.password.title')}
        description={t('security.password.description')}
      >
        <Stack gap="md">
          <PasswordInput
            label={t('security.password.current')}
            autoComplete="current-password"
            required
            data-testid="password-current"
            {...form.getInputProps('currentPassword')}
          />
          <Stack gap={6}>
            <PasswordInput
              label={t('security.password.new')}
              description={t('security.password.newHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              autoComplete="new-password"
              required
              data-testid="password-new"
              {...form.getInputProps('newPassword')}
            />
            <PasswordStrengthMeter state={strength} />
          </Stack>
          <PasswordInput
            label={t('security.password.confirm')}
            autoComplete="new-password"
            required
            data-testid="password-confirm"
            {...form.getInputProps('confirmation')}
          />
          <Text size="xs" c="dimmed">
            {t('security.password.othersLoggedOut')}
          </Text>
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending} data-testid="password-save">
              {t('security.password.save')}
            </Button>
          </Group>
        </Stack>
      </SettingsSection>
    </form>
  );
}
