import { AppShell, Badge, NavLink, ScrollArea, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconLayoutDashboard, IconSettings } from '@tabler/icons-react';
import { useLocalStorage } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useRouterState } from '@tanstack/react-router';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { inboxNewCountQueryOptions } from '../../features/inbox/api';
import { useMe } from '../../features/me/me-context';
import { useNavigation } from './use-navigation';
import type { NavItem, NavPath } from './navigation';

interface NavMenuProps {
  /** Closes the phone's "more" sheet once a page is chosen. */
  onNavigate?: () => void;
  /** Prefix of the test ids, so the sidebar and the phone sheet can be told apart. */
  testIdPrefix: string;
}

/** Test id of a navigation entry: `nav-invoices`, `nav-settings-company`, `nav-dashboard`. */
export const navTestId = (prefix: string, to: NavPath | '/') =>
  `${prefix}${to === '/' ? '-dashboard' : to.replaceAll('/', '-')}`;

/** A module stays highlighted on its sub-pages (a customer, a product group…). */
export function isActivePath(pathname: string, to: NavPath | '/') {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/**
 * The whole menu, grouped (sales, money, purchases, contacts and catalogue, settings): every
 * module the reader may use is one click away; settings fold open on demand.
 */
export function NavMenu({ onNavigate, testIdPrefix }: NavMenuProps) {
  const { t } = useTranslation();
  const me = useMe();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const { groups } = useNavigation();
  const inboxNew = useQuery({
    ...inboxNewCountQueryOptions(me.organization.id),
    enabled: me.permissions.includes('purchases'),
  });
  const settings = groups.find((group) => group.key === 'settings');
  const inSettings = settings?.items.some((item) => isActivePath(pathname, item.to)) ?? false;
  // Open unless the reader folded it (remembered on this device): modules come first, so they
  // stay above the fold on a laptop, and the settings below scroll with a visible scrollbar.
  const [settingsOpened, setSettingsOpened] = useLocalStorage({
    key: 'facto-nav-settings-open',
    defaultValue: true,
  });

  const link = (to: NavPath | '/', label: string, icon: ReactNode, count = 0) => (
    <NavLink
      key={to}
      label={label}
      leftSection={icon}
      rightSection={
        count > 0 ? (
          <>
            {/* The number is shown; the words are read (a badge cannot carry a label). */}
            <Badge
              size="sm"
              variant="filled"
              circle={count < 10}
              aria-hidden
              data-testid={`${testIdPrefix}-count${to.replaceAll('/', '-')}`}
            >
              {count > 99 ? '99+' : count}
            </Badge>
            <VisuallyHidden>{t('nav.newItems', { number: count })}</VisuallyHidden>
          </>
        ) : undefined
      }
      active={isActivePath(pathname, to)}
      aria-current={isActivePath(pathname, to) ? 'page' : undefined}
      data-testid={navTestId(testIdPrefix, to)}
      onClick={onNavigate}
      renderRoot={(props) => <Link to={to} {...props} />}
    />
  );
  const item = (entry: NavItem) =>
    link(
      entry.to,
      entry.label,
      <entry.icon size={20} stroke={1.6} aria-hidden />,
      entry.to === '/inbox' ? (inboxNew.data ?? 0) : 0,
    );

  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={2}>
        {link('/', t('nav.dashboard'), <IconLayoutDashboard size={20} stroke={1.6} aria-hidden />)}
        {groups
          .filter((group) => group.key !== 'settings')
          .map((group) => (
            <div
              key={group.key}
              role="group"
              aria-labelledby={`${testIdPrefix}-group-${group.key}`}
            >
              <Text
                id={`${testIdPrefix}-group-${group.key}`}
                size="xs"
                fw={700}
                c="dimmed"
                tt="uppercase"
                px="sm"
                pt="sm"
                pb={2}
              >
                {group.label}
              </Text>
              {group.items.map(item)}
            </div>
          ))}
        {settings && (
          <NavLink
            label={settings.label}
            leftSection={<IconSettings size={20} stroke={1.6} aria-hidden />}
            opened={settingsOpened || inSettings}
            onChange={setSettingsOpened}
            childrenOffset={12}
            mt="sm"
            data-testid={`${testIdPrefix}-settings`}
          >
            {settings.items.map(item)}
          </NavLink>
        )}
      </Stack>
    </nav>
  );
}

/** The laptop sidebar: the grouped menu, scrolling as one with a visible scrollbar if needed. */
export function AppNavbar() {
  return (
    <AppShell.Section grow component={ScrollArea} type="auto" p="sm">
      <NavMenu testIdPrefix="nav" />
    </AppShell.Section>
  );
}
