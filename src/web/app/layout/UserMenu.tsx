import { Avatar, Box, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBook2,
  IconBuilding,
  IconCheck,
  IconChevronDown,
  IconHome,
  IconLanguage,
  IconLogout,
  IconPlus,
  IconUserCircle,
} from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../../features/auth/api';
import { useSwitchOrganization } from '../../features/me/api';
import { canManageSettings, useMe } from '../../features/me/me-context';
import { useChangeLanguage } from '../../features/me/use-change-language';
import { useLanguageOptions } from '../../features/me/use-language-options';
import classes from './UserMenu.module.css';
import { useRoleLabel } from '../../features/me/use-role-label';
import { CreateOrganizationModal } from '../../features/organization/CreateOrganizationModal';
import { currentLanguage } from '../../i18n';
import { notifyError, notifySuccess } from '../../lib/notify';

const ICON = { size: 18, stroke: 1.6 } as const;

export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const roleLabel = useRoleLabel();
  const languages = useLanguageOptions();
  const changeLanguage = useChangeLanguage();
  const switchOrganization = useSwitchOrganization();
  const logout = useLogout();
  const [creating, createModal] = useDisclosure(false);
  const fullName = `${me.user.firstName} ${me.user.lastName}`.trim();
  const initials = `${me.user.firstName.charAt(0)}${me.user.lastName.charAt(0)}`.toUpperCase();
  const language = currentLanguage();

  const onSwitch = (organizationId: string) =>
    switchOrganization.mutate(
      { organizationId },
      {
        onSuccess: (next) =>
          notifySuccess(t('organization.switched', { company: next.organization.name })),
        onError: notifyError,
      },
    );

  const onLogout = () =>
    logout.mutate(undefined, {
      onSuccess: () => void navigate({ to: '/login' }),
      onError: notifyError,
    });

  return (
    <>
      <Menu position="bottom-end" width={280} withinPortal>
        <Menu.Target>
          {/* Named by its text (who is signed in), so the spoken name matches what is shown;
              on phones the name is read but not shown. */}
          <UnstyledButton data-testid="user-menu" p={4}>
            <Group gap="xs" wrap="nowrap">
              <Avatar color="brand" radius="xl" size={34} aria-hidden>
                {initials}
              </Avatar>
              <Box maw={180} className={classes.who}>
                <Text size="sm" fw={600} lh={1.2} truncate>
                  {fullName}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2} truncate>
                  {roleLabel(me.role)}
                </Text>
              </Box>
              <VisuallyHidden>{t('userMenu.open')}</VisuallyHidden>
              <IconChevronDown size={16} stroke={1.6} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>

        <Menu.Dropdown>
          <Menu.Label>{me.user.email}</Menu.Label>
          <Menu.Item
            data-testid="menu-personal"
            leftSection={<IconUserCircle {...ICON} />}
            renderRoot={(props) => <Link to="/settings/personal" {...props} />}
          >
            {t('userMenu.personal')}
          </Menu.Item>
          {canManageSettings(me) && (
            <Menu.Item
              data-testid="menu-company"
              leftSection={<IconBuilding {...ICON} />}
              renderRoot={(props) => <Link to="/settings/company" {...props} />}
            >
              {t('userMenu.company')}
            </Menu.Item>
          )}

          <Menu.Divider />
          <Menu.Label>{t('userMenu.organizations')}</Menu.Label>
          {me.organizations.map((organization) => {
            const current = organization.organizationId === me.organization.id;
            return (
              <Menu.Item
                key={organization.organizationId}
                data-testid={`menu-org-${organization.organizationId}`}
                aria-current={current ? 'true' : undefined}
                leftSection={<IconBuilding {...ICON} />}
                rightSection={current ? <IconCheck {...ICON} /> : null}
                onClick={current ? undefined : () => onSwitch(organization.organizationId)}
              >
                <Text size="sm" truncate>
                  {organization.name}
                </Text>
              </Menu.Item>
            );
          })}
          {(me.role === 'accountant' || me.role === 'support') && (
            <Menu.Item
              data-testid="menu-account-home"
              leftSection={<IconHome {...ICON} />}
              renderRoot={(props) => <Link to="/account" {...props} />}
            >
              {t('team.nav.accountHome')}
            </Menu.Item>
          )}
          <Menu.Item
            data-testid="menu-create-organization"
            leftSection={<IconPlus {...ICON} />}
            onClick={createModal.open}
          >
            {t('userMenu.createOrganization')}
          </Menu.Item>

          <Menu.Divider />
          <Menu.Label>
            <Group gap={6}>
              <IconLanguage size={14} stroke={1.6} />
              {t('userMenu.language')}
            </Group>
          </Menu.Label>
          {languages.map((option) => (
            <Menu.Item
              key={option.value}
              data-testid={`lang-${option.value}`}
              lang={option.value}
              aria-current={option.value === language ? 'true' : undefined}
              rightSection={option.value === language ? <IconCheck {...ICON} /> : null}
              onClick={() => changeLanguage(option.value)}
            >
              {option.label}
            </Menu.Item>
          ))}

          <Menu.Divider />
          <Menu.Item
            data-testid="menu-api-docs"
            component="a"
            href="/api/docs"
            target="_blank"
            rel="noopener"
            leftSection={<IconBook2 {...ICON} />}
          >
            {t('userMenu.apiDocs')}
          </Menu.Item>
          <Menu.Item
            data-testid="menu-logout"
            color="red"
            leftSection={<IconLogout {...ICON} />}
            onClick={onLogout}
          >
            {t('userMenu.logout')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CreateOrganizationModal opened={creating} onClose={createModal.close} />
    </>
  );
}
