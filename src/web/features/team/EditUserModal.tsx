import { Button, Group, Modal, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Module, TeamMember, TeamRole } from '../../../contract/index.js';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { useUpdateTeamUser } from './api';
import { ModuleSwitches } from './ModuleSwitches';

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
    <Modal opened onClose={onClose} title={t('team.edit.title', { name })} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {member.email}
          </Text>
          {!external && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('team.role.label')}
              </Text>
              <SegmentedControl<TeamRole>
                data={[
                  { value: 'employee', label: t('roles.employee') },
                  { value: 'owner', label: t('roles.owner') },
                ]}
                data-testid="edit-role"
                {...form.getInputProps('role')}
              />
            </Stack>
          )}
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
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} data-testid="edit-save">
              {t('team.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
