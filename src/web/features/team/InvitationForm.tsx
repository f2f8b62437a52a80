import { Alert, Anchor, Button, PasswordInput, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { acceptInvitationRequestSchema } from '../../../contract/index.js';
import { passwordUserInputs } from '../../../core/passwords/index.js';
import { AuthForm } from '../../components/form/AuthForm';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { currentLanguage } from '../../i18n';
import { errorMessage } from '../../lib/notify';
import { showServerErrors } from '../../lib/form-errors';
import { schemaErrors } from '../../lib/zod-form';
import { AuthCard } from '../auth/AuthCard';
import { PasswordStrengthMeter } from '../security/PasswordStrengthMeter';
import { usePasswordStrength } from '../security/use-password-strength';
import { invitationQueryOptions, useAcceptInvitation } from './api';

/** `/invite/$token`: the invited person chooses name and password, then is logged in. */
export function InvitationForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const invitation = useQuery(invitationQueryOptions(token));

  if (invitation.isPending) return <CenteredLoader />;
  if (invitation.isError)
    return (
      <AuthCard
        width={480}
        title={t('invite.invalidTitle')}
        subtitle={errorMessage(invitation.error)}
        footer={
          <Anchor component={Link} to="/login" fw={600}>
            {t('invite.toLogin')}
          </Anchor>
        }
      >
        <Alert color="red" variant="light" icon={<IconAlertCircle />} data-testid="invite-invalid">
          {t('invite.invalidText')}
        </Alert>
      </AuthCard>
    );

  const info = invitation.data;
  if (info.accountExists)
    return (
      <AuthCard
        width={480}
        title={t('invite.title', { company: info.organizationName })}
        subtitle={t('invite.existingAccount', { email: info.email })}
        footer={null}
      >
        <Button component={Link} to="/login" fullWidth data-testid="invite-login">
          {t('invite.toLogin')}
        </Button>
      </AuthCard>
    );

  return (
    <AcceptForm
      token={token}
      organizationName={info.organizationName}
      email={info.email}
      firstName={info.firstName}
      lastName={info.lastName}
    />
  );
}

interface AcceptFormProps {
  token: string;
  organizationName: string;
  email: string;
  firstName: string;
  lastName: string;
}

function AcceptForm({ token, organizationName, email, firstName, lastName }: AcceptFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token);
  const form = useForm({
    initialValues: { firstName, lastName, password: '' },
    validate: (values) => schemaErrors(acceptInvitationRequestSchema, values),
  });
  const strength = usePasswordStrength(
    form.values.password,
    passwordUserInputs({ ...form.values, email, companyName: organizationName }),
  );
  const submit = form.onSubmit((values) => {
    accept.mutate(
      { ...values, language: currentLanguage() },
      {
        onSuccess: () => void navigate({ to: '/' }),
        onError: (error) => showServerErrors(form, error),
      },
    );
  });
  return (
    <AuthCard
      width={520}
      title={t('invite.title', { company: organizationName })}
      subtitle={t('invite.subtitle')}
      footer={null}
    >
      <AuthForm
        onSubmit={submit}
        submitLabel={t('invite.submit')}
        submitTestId="invite-submit"
        loading={accept.isPending}
      >
        <TextInput label={t('fields.email')} value={email} readOnly variant="filled" />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('fields.firstName')}
            autoComplete="given-name"
            required
            data-testid="invite-firstName"
            {...form.getInputProps('firstName')}
          />
          <TextInput
            label={t('fields.lastName')}
            autoComplete="family-name"
            required
            data-testid="invite-lastName"
            {...form.getInputProps('lastName')}
          />
        </SimpleGrid>
        <PasswordInput
          label={t('fields.password')}
          description={t('auth.signup.passwordHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          autoComplete="new-password"
          required
          data-testid="invite-password"
          {...form.getInputProps('password')}
        />
        <PasswordStrengthMeter state={strength} />
        <Text size="xs" c="dimmed">
          {t('invite.expiresHint')}
        </Text>
      </AuthForm>
    </AuthCard>
  );
}
