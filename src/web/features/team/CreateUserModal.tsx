import { SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  createTeamUserRequestSchema,
  type CreateTeamUserResponse,
  type Module,
  type TeamRole,
} from '../../../contract/index.js';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useCreateTeamUser } from './api';
import { ModuleSwitches } from './ModuleSwitches';
import { RoleInput } from './RoleInput';
import { FormModal } from '../../components/form/FormModal';

interface Values {
  email: string;
  firstName: string;
  lastName: string;
  role: TeamRole;
  modules: Module[];
}

const EMPTY: Values = { email: '', firstName: '', lastName: '', role: 'employee', modules: [] };

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
  /** A new account was invited: the caller shows its link. */
  onInvited: (created: CreateTeamUserResponse) => void;
}

/** The owner's "Create user": email, first name, last name and access role. */
export function CreateUserModal({ opened, onClose, onInvited }: CreateUserModalProps) {
  const { t } = useTranslation();
  const create = useCreateTeamUser();
  const form = useForm<Values>({
    initialValues: EMPTY,
    validate: (values) => schemaErrors(createTeamUserRequestSchema, values),
  });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    create.mutate(
      { ...values, modules: values.role === 'employee' ? values.modules : [] },
      {
        onSuccess: (created) => {
          close();
          if (created.invitation) onInvited(created);
          else notifySuccess(t('team.create.addedExisting', { email: created.member.email }));
        },
        onError: (error) => showServerErrors(form, error),
      },
    );
  });

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={t('team.create.title')}
      size="lg"
      onSubmit={submit}
      submitLabel={t('team.create.submit')}
      submitTestId="team-create-submit"
      saving={create.isPending}
    >
      <TextInput
        label={t('fields.email')}
        type="email"
        autoComplete="off"
        required
        data-autofocus
        data-testid="team-email"
        {...form.getInputProps('email')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          label={t('fields.firstName')}
          required
          data-testid="team-firstName"
          {...form.getInputProps('firstName')}
        />
        <TextInput
          label={t('fields.lastName')}
          required
          data-testid="team-lastName"
          {...form.getInputProps('lastName')}
        />
      </SimpleGrid>
      <RoleInput
        testId="team-role"
        inputProps={form.getInputProps('role')}
        hint={form.values.role === 'owner' ? t('team.role.ownerHint') : t('team.role.employeeHint')}
      />
      {form.values.role === 'employee' && (
        <ModuleSwitches
          value={form.values.modules}
          onChange={(modules) => form.setFieldValue('modules', modules)}
        />
      )}
    </FormModal>
  );
}
