import { Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Module, TeamMember, TeamRole } from '../../../contract/index.js';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { useUpdateTeamUser } from './api';
import { ModuleSwitches } from './ModuleSwitches';
import { RoleInput } from './RoleInput';
import { FormModal } from '../../components/form/FormModal';

interface Values {
  role: TeamRole;
  modules: Module[];
  active: boolean;
}

interface EditUserModalProps {
  member: TeamMember;
  onClose: () => void;
}

/** Role, module switches and activation of another user (never one's own entry). */
export function EditUserModal({ member, onClose }: EditUserModalProps) {
  const { t } = useTranslation();
  const update = useUpdateTeamUser(member.userId);
  const external = member.external;
  const form = useForm<Values>({
    initialValues: {
      role: member.role === 'owner' ? 'owner' : 'employee',
      modules: member.modules,
      active: member.status !== 'deactivated',
    },
  });
  const name = `${member.firstName} ${member.lastName}`.trim();

  const submit = form.onSubmit((values) => {
    const body = external
      ? { active: values.active }
      : {
          role: values.role,
          ...(values.role === 'employee' && { modules: values.modules }),
          active: values.active,
        };
    update.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('team.edit.saved', { name }));
        onClose();
      },
      onError: (error) => showServerErrors(form, error),
    });
  });

  return (
    <FormModal
      opened={true}
      onClose={onClose}
      title={t('team.edit.title', { name })}
      size="lg"
      onSubmit={submit}
      submitLabel={t('team.edit.save')}
      submitTestId="edit-save"
      saving={update.isPending}
    >
      <Text size="sm" c="dimmed">
        {member.email}
      </Text>
      {!external && <RoleInput testId="edit-role" inputProps={form.getInputProps('role')} />}
      {!external && form.values.role === 'employee' && (
        <ModuleSwitches
          value={form.values.modules}
          onChange={(modules) => form.setFieldValue('modules', modules)}
        />
      )}
      <Switch
        label={t('team.edit.active')}
        description={t('team.edit.activeHint')}
        data-testid="edit-active"
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
