import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconLink, IconPencil, IconPlus, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CreateTeamUserResponse,
  InvitationLink,
  TeamMember,
} from '../../../contract/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { ConfirmModal } from '../../components/ui/ConfirmModal';
import { LoadError } from '../../components/ui/LoadError';
import { formatDateTime } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useMe } from '../me/me-context';
import { useRoleLabel } from '../me/use-role-label';
import { AddAccountantModal } from './AddAccountantModal';
import { teamQueryOptions, useRemoveTeamUser, useRenewInvitation } from './api';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { InvitationLinkModal } from './InvitationLinkModal';
import { STATUS_COLORS, useModuleLabels, useStatusLabels } from './use-team-labels';

const fullName = (member: TeamMember) => `${member.firstName} ${member.lastName}`.trim();

/** Company settings → Users: internal users, then accountants and support users. */
export function TeamMembersPanel() {
  const { t } = useTranslation();
  const { organization } = useMe();
  const team = useQuery(teamQueryOptions(organization.id));
  const [creating, setCreating] = useState(false);
  const [addingAccountant, setAddingAccountant] = useState(false);
  const [editing, setEditing] = useState<TeamMember | null>(null);
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const [link, setLink] = useState<{ link: InvitationLink; name: string } | null>(null);
  const remove = useRemoveTeamUser();
  const renew = useRenewInvitation();

  if (team.isPending) return <CenteredLoader />;
  if (team.isError) return <LoadError error={team.error} onRetry={() => void team.refetch()} />;

  const internal = team.data.filter((member) => !member.external);
  const external = team.data.filter((member) => member.external);

  const onInvited = (created: CreateTeamUserResponse) => {
    if (created.invitation) setLink({ link: created.invitation, name: fullName(created.member) });
  };
  const onRenew = (member: TeamMember) =>
    renew.mutate(member.userId, {
      onSuccess: (next) => setLink({ link: next, name: fullName(member) }),
      onError: notifyError,
    });
  const onRemove = () => {
    if (!removing) return;
    remove.mutate(removing.userId, {
      onSuccess: () => {
        notifySuccess(t('team.remove.done', { name: fullName(removing) }));
        setRemoving(null);
      },
      onError: notifyError,
    });
  };

  const actions = { onEdit: setEditing, onRemove: setRemoving, onRenew };

  return (
    <Stack gap="xl">
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        <Stack gap="md">
          <SectionHeader
            title={t('team.users.title')}
            description={t('team.users.description')}
            action={
              <Button
                leftSection={<IconPlus size={18} />}
                onClick={() => setCreating(true)}
                data-testid="team-create"
              >
                {t('team.users.create')}
              </Button>
            }
          />
          <MembersTable members={internal} {...actions} />
        </Stack>
      </Paper>

      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        <Stack gap="md">
          <SectionHeader
            title={t('team.accountants.title')}
            description={t('team.accountants.description')}
            action={
              <Button
                variant="light"
                leftSection={<IconUserPlus size={18} />}
                onClick={() => setAddingAccountant(true)}
                data-testid="team-add-external"
              >
                {t('team.accountants.addButton')}
              </Button>
            }
          />
          {external.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="team-no-external">
              {t('team.accountants.empty')}
            </Text>
          ) : (
            <MembersTable members={external} {...actions} />
          )}
        </Stack>
      </Paper>

      <CreateUserModal opened={creating} onClose={() => setCreating(false)} onInvited={onInvited} />
      <AddAccountantModal opened={addingAccountant} onClose={() => setAddingAccountant(false)} />
      {editing && <EditUserModal member={editing} onClose={() => setEditing(null)} />}
      <InvitationLinkModal
        link={link?.link ?? null}
        name={link?.name ?? ''}
        onClose={() => setLink(null)}
      />
      <ConfirmModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('team.remove.title')}
        confirmLabel={t('team.remove.confirm')}
        onConfirm={onRemove}
        loading={remove.isPending}
        danger
      >
        <Text size="sm">
          {removing?.external
            ? t('team.remove.externalText', { name: removing ? fullName(removing) : '' })
            : t('team.remove.text', { name: removing ? fullName(removing) : '' })}
        </Text>
      </ConfirmModal>
    </Stack>
  );
}

function SectionHeader(props: { title: string; description: string; action: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={2} style={{ flex: '1 1 18rem' }}>
        <Title order={2} fz="lg">
          {props.title}
        </Title>
        <Text size="sm" c="dimmed">
          {props.description}
        </Text>
      </Stack>
      {props.action}
    </Group>
  );
}

interface MembersTableProps {
  members: TeamMember[];
  onEdit: (member: TeamMember) => void;
  onRemove: (member: TeamMember) => void;
  onRenew: (member: TeamMember) => void;
}

function MembersTable({ members, onEdit, onRemove, onRenew }: MembersTableProps) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const moduleLabels = useModuleLabels();
  const statusLabels = useStatusLabels();

  const access = (member: TeamMember) => {
    if (member.role !== 'employee') return t('team.access.all');
    if (member.modules.length === 0) return t('team.access.basics');
    return member.modules.map((module) => moduleLabels[module]).join(', ');
  };

  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table verticalSpacing="sm" data-testid="team-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('team.columns.user')}</Table.Th>
            <Table.Th>{t('team.columns.role')}</Table.Th>
            <Table.Th>{t('team.columns.access')}</Table.Th>
            <Table.Th>{t('team.columns.status')}</Table.Th>
            <Table.Th>{t('team.columns.lastLogin')}</Table.Th>
            <Table.Th w={120} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.userId} data-testid={`member-${member.email}`}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {fullName(member)}
                  </Text>
                  {member.self && (
                    <Badge size="xs" variant="light">
                      {t('team.you')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {member.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{roleLabel(member.role)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" data-testid={`member-access-${member.email}`}>
                  {access(member)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  color={STATUS_COLORS[member.status]}
                  data-testid={`member-status-${member.email}`}
                >
                  {statusLabels[member.status]}
                </Badge>
                {member.status === 'invited' && member.invitationExpiresAt && (
                  <Text size="xs" c="dimmed">
                    {new Date(member.invitationExpiresAt) < new Date()
                      ? t('team.invitation.expired')
                      : t('team.invitation.until', {
                          date: formatDateTime(member.invitationExpiresAt, i18n.language),
                        })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatDateTime(member.lastLoginAt, i18n.language)}
                </Text>
              </Table.Td>
              <Table.Td>
                {member.self ? (
                  <Anchor
                    component={Link}
                    to="/settings/personal"
                    size="xs"
                    data-testid="member-self-link"
                  >
                    {t('team.selfHint')}
                  </Anchor>
                ) : (
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    {member.status === 'invited' && (
                      <Tooltip label={t('team.invitation.renew')} openDelay={300}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          onClick={() => onRenew(member)}
                          aria-label={t('team.invitation.renew')}
                          data-testid={`member-renew-${member.email}`}
                        >
                          <IconLink size={16} stroke={1.6} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                    <Tooltip label={t('team.edit.label')} openDelay={300}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        onClick={() => onEdit(member)}
                        aria-label={t('team.edit.label')}
                        data-testid={`member-edit-${member.email}`}
                      >
                        <IconPencil size={16} stroke={1.6} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('team.remove.label')} openDelay={300}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => onRemove(member)}
                        aria-label={t('team.remove.label')}
                        data-testid={`member-remove-${member.email}`}
                      >
                        <IconTrash size={16} stroke={1.6} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
