import { AppShell, Badge, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import {
  IconAlarm,
  IconBuilding,
  IconLayoutDashboard,
  IconListNumbers,
  IconMail,
  IconMailbox,
  IconChecklist,
  IconHistory,
  IconNetwork,
  IconShieldLock,
  IconUsersGroup,
  IconTemplate,
  IconUserCircle,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAvailableModules,
  type AvailableModule,
} from '../../features/dashboard/available-modules';
import { useUpcomingModules } from '../../features/dashboard/upcoming-modules';
import { inboxNewCountQueryOptions } from '../../features/inbox/api';
import { canManageSettings, useMe } from '../../features/me/me-context';

type Path =
  | '/'
  | '/settings/company'
  | '/settings/numbering'
  | '/settings/layout'
  | '/settings/peppol'
  | '/settings/email'
  | '/mailbox'
  | '/settings/reminders'
  | '/settings/jobs'
  | '/settings/personal'
  | '/settings/users'
  | '/settings/gdpr'
  | '/settings/audit-log'
  | AvailableModule['to'];

interface AppNavbarProps {
  /** Closes the drawer on phones once a page is chosen. */
  onNavigate: () => void;
}

export function AppNavbar({ onNavigate }: AppNavbarProps) {
  const { t } = useTranslation();
  const me = useMe();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const available = useAvailableModules();
  const modules = useUpcomingModules();
  const inboxNew = useQuery({
    ...inboxNewCountQueryOptions(me.organization.id),
    enabled: me.permissions.includes('purchases'),
  });

  // A module stays highlighted on its sub-pages (a customer, a product group…).
  const isActive = (to: Path) =>
    to === '/' || to.startsWith('/settings')
      ? pathname === to
      : pathname === to || pathname.startsWith(`${to}/`);

  const link = (to: Path, label: string, icon: ReactNode, count = 0) => (
    <NavLink
      key={to}
      label={label}
      leftSection={icon}
      rightSection={
        count > 0 ? (
          <Badge
            size="sm"
            variant="filled"
            circle={count < 10}
            aria-label={t('nav.newItems', { number: count })}
            data-testid={`nav-count${to.replaceAll('/', '-')}`}
          >
            {count > 99 ? '99+' : count}
          </Badge>
        ) : undefined
      }
      active={isActive(to)}
      data-testid={`nav${to === '/' ? '-dashboard' : to.replaceAll('/', '-')}`}
      onClick={onNavigate}
      renderRoot={(props) => <Link to={to} {...props} />}
    />
  );

  return (
    <>
      <AppShell.Section hiddenFrom="xs" px="md" pt="md">
        <Text size="xs" c="dimmed">
          {t('nav.currentOrganization')}
        </Text>
        <Text fw={600} truncate>
          {me.organization.name}
        </Text>
      </AppShell.Section>
      <AppShell.Section grow component={ScrollArea} p="sm">
        <nav aria-label={t('nav.label')}>
          <Stack gap={2}>
            {link('/', t('nav.dashboard'), <IconLayoutDashboard size={20} stroke={1.6} />)}
            {available.map((module) =>
              link(
                module.to,
                module.label,
                <module.icon size={20} stroke={1.6} />,
                module.to === '/inbox' ? (inboxNew.data ?? 0) : 0,
              ),
            )}
            {modules.map((module) => (
              <NavLink
                key={module.key}
                component="div"
                label={module.label}
                leftSection={<module.icon size={20} stroke={1.6} />}
                rightSection={
                  <Badge size="xs" variant="light" color="gray">
                    {t('nav.soon')}
                  </Badge>
                }
                disabled
                aria-disabled="true"
              />
            ))}
          </Stack>
        </nav>
      </AppShell.Section>
      <AppShell.Section p="sm" style={{ borderTop: '1px solid var(--app-shell-border-color)' }}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb={4}>
          {t('nav.settings')}
        </Text>
        {canManageSettings(me) && (
          <>
            {link('/settings/company', t('nav.company'), <IconBuilding size={20} stroke={1.6} />)}
            {link(
              '/settings/numbering',
              t('nav.numbering'),
              <IconListNumbers size={20} stroke={1.6} />,
            )}
            {link('/settings/layout', t('nav.layout'), <IconTemplate size={20} stroke={1.6} />)}
            {link('/settings/peppol', t('nav.peppol'), <IconNetwork size={20} stroke={1.6} />)}
            {link('/settings/email', t('email.nav.settings'), <IconMail size={20} stroke={1.6} />)}
            {link('/settings/jobs', t('nav.jobs'), <IconChecklist size={20} stroke={1.6} />)}
          </>
        )}
        {/* What would have been sent without an SMTP server: every member sees their part. */}
        {link('/mailbox', t('email.nav.mailbox'), <IconMailbox size={20} stroke={1.6} />)}
        {/* Reminders belong to invoicing: whoever handles invoices sets them up. */}
        {me.permissions.includes('invoices') &&
          link('/settings/reminders', t('nav.reminders'), <IconAlarm size={20} stroke={1.6} />)}
        {me.role === 'owner' && (
          <>
            {link(
              '/settings/users',
              t('team.nav.users'),
              <IconUsersGroup size={20} stroke={1.6} />,
            )}
            {link('/settings/gdpr', t('team.nav.gdpr'), <IconShieldLock size={20} stroke={1.6} />)}
            {link(
              '/settings/audit-log',
              t('team.nav.audit'),
              <IconHistory size={20} stroke={1.6} />,
            )}
          </>
        )}
        {link('/settings/personal', t('nav.personal'), <IconUserCircle size={20} stroke={1.6} />)}
      </AppShell.Section>
    </>
  );
}
