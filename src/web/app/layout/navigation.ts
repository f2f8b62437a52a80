import {
  IconAlarm,
  IconApps,
  IconBuilding,
  IconCash,
  IconChecklist,
  IconFileInvoice,
  IconFileText,
  IconHistory,
  IconInbox,
  IconListNumbers,
  IconMail,
  IconMailbox,
  IconNetwork,
  IconPackage,
  IconReceiptRefund,
  IconRepeat,
  IconShieldLock,
  IconShoppingCart,
  IconTemplate,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { Me, Module, OptionalApp } from '../../../contract/index.js';
import { canManageSettings } from '../../features/me/me-context';

/**
 * What a page needs: every listed module, company-settings rights, being an owner, or an
 * optional app the company has switched on.
 */
export interface Requirement {
  modules?: readonly Module[];
  app?: OptionalApp;
  settings?: true;
  owner?: true;
}

export type NavPath =
  | '/quotes'
  | '/invoices'
  | '/credit-notes'
  | '/subscriptions'
  | '/payments'
  | '/settings/reminders'
  | '/inbox'
  | '/purchases'
  | '/customers'
  | '/products'
  | '/settings/company'
  | '/settings/numbering'
  | '/settings/layout'
  | '/settings/peppol'
  | '/settings/email'
  | '/settings/jobs'
  | '/mailbox'
  | '/settings/users'
  | '/settings/apps'
  | '/settings/gdpr'
  | '/settings/audit-log'
  | '/settings/personal';

export interface NavItem {
  to: NavPath;
  label: string;
  icon: Icon;
  requires: Requirement;
}

export type NavGroupKey = 'sales' | 'money' | 'purchases' | 'contacts' | 'settings';

export interface NavGroup {
  key: NavGroupKey;
  label: string;
  items: NavItem[];
}

/**
 * Every page of the app, grouped as the navigation shows them. A group holds a handful of
 * entries, so the menu stays short when modules are added. The requirements mirror what the
 * pages' API routes demand: the navigation shows only what the reader may open, and a page
 * opened by URL without the rights shows "no access" (see `pageRequirement`).
 */
export function navigationGroups(t: TFunction): NavGroup[] {
  return [
    {
      key: 'sales',
      label: t('nav.groups.sales'),
      items: [
        {
          to: '/quotes',
          label: t('nav.quotes'),
          icon: IconFileText,
          requires: { modules: ['quotes'] },
        },
        {
          to: '/invoices',
          label: t('nav.invoices'),
          icon: IconFileInvoice,
          requires: { modules: ['invoices'] },
        },
        {
          to: '/credit-notes',
          label: t('nav.creditNotes'),
          icon: IconReceiptRefund,
          requires: { modules: ['creditNotes'] },
        },
        {
          to: '/subscriptions',
          label: t('nav.subscriptions'),
          icon: IconRepeat,
          requires: { modules: ['invoices'], app: 'subscriptions' },
        },
      ],
    },
    {
      key: 'money',
      label: t('nav.groups.money'),
      items: [
        // The page lists the invoices still to collect beside the payment accounts.
        {
          to: '/payments',
          label: t('nav.payments'),
          icon: IconCash,
          requires: { modules: ['payments', 'invoices'] },
        },
        {
          to: '/settings/reminders',
          label: t('nav.reminders'),
          icon: IconAlarm,
          requires: { modules: ['invoices'], app: 'reminders' },
        },
      ],
    },
    {
      key: 'purchases',
      label: t('nav.groups.purchases'),
      items: [
        {
          to: '/inbox',
          label: t('nav.inbox'),
          icon: IconInbox,
          requires: { modules: ['purchases'], app: 'peppol' },
        },
        {
          to: '/purchases',
          label: t('nav.purchases'),
          icon: IconShoppingCart,
          requires: { modules: ['purchases'], app: 'purchases' },
        },
      ],
    },
    {
      key: 'contacts',
      label: t('nav.groups.contacts'),
      items: [
        { to: '/customers', label: t('nav.customers'), icon: IconUsers, requires: {} },
        { to: '/products', label: t('nav.products'), icon: IconPackage, requires: {} },
      ],
    },
    {
      key: 'settings',
      label: t('nav.settings'),
      items: [
        {
          to: '/settings/company',
          label: t('nav.company'),
          icon: IconBuilding,
          requires: { settings: true },
        },
        {
          to: '/settings/numbering',
          label: t('nav.numbering'),
          icon: IconListNumbers,
          requires: { settings: true },
        },
        {
          to: '/settings/layout',
          label: t('nav.layout'),
          icon: IconTemplate,
          requires: { settings: true },
        },
        {
          to: '/settings/peppol',
          label: t('nav.peppol'),
          icon: IconNetwork,
          requires: { settings: true, app: 'peppol' },
        },
        {
          to: '/settings/email',
          label: t('email.nav.settings'),
          icon: IconMail,
          requires: { settings: true },
        },
        {
          to: '/settings/jobs',
          label: t('nav.jobs'),
          icon: IconChecklist,
          requires: { settings: true },
        },
        // What would have been sent without an SMTP server: every member sees their part.
        { to: '/mailbox', label: t('email.nav.mailbox'), icon: IconMailbox, requires: {} },
        {
          to: '/settings/users',
          label: t('team.nav.users'),
          icon: IconUsersGroup,
          requires: { owner: true },
        },
        {
          to: '/settings/apps',
          label: t('nav.apps'),
          icon: IconApps,
          requires: { settings: true },
        },
        {
          to: '/settings/gdpr',
          label: t('team.nav.gdpr'),
          icon: IconShieldLock,
          requires: { owner: true },
        },
        {
          to: '/settings/audit-log',
          label: t('team.nav.audit'),
          icon: IconHistory,
          requires: { owner: true },
        },
        { to: '/settings/personal', label: t('nav.personal'), icon: IconUserCircle, requires: {} },
      ],
    },
  ];
}

/** The order in which modules earn a place in the phone's bottom bar (the most used first). */
export const PHONE_PRIORITY: readonly NavPath[] = [
  '/invoices',
  '/quotes',
  '/customers',
  '/payments',
  '/products',
  '/purchases',
  '/inbox',
  '/credit-notes',
  '/subscriptions',
];

export function mayOpen(me: Me, requirement: Requirement): boolean {
  if (requirement.owner && me.role !== 'owner') return false;
  if (requirement.settings && !canManageSettings(me)) return false;
  if (requirement.app && me.disabledApps.includes(requirement.app)) return false;
  return (requirement.modules ?? []).every((module) => me.permissions.includes(module));
}

/** The groups with only the entries the reader may open; empty groups are left out. */
export function visibleGroups(me: Me, groups: NavGroup[]): NavGroup[] {
  return groups
    .map((group) => ({ ...group, items: group.items.filter((item) => mayOpen(me, item.requires)) }))
    .filter((group) => group.items.length > 0);
}

/** Extra pages under a module's path that ask less than the module page itself. */
const OPEN_PAGES: readonly string[] = ['/products/groups'];

/**
 * What the page at `pathname` needs: that of the navigation entry whose path is its longest
 * prefix (`/invoices/…/edit` needs what `/invoices` needs); pages outside the menu need nothing.
 */
export function pageRequirement(pathname: string, groups: NavGroup[]): Requirement {
  if (OPEN_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`))) return {};
  let best: NavItem | undefined;
  for (const item of groups.flatMap((group) => group.items)) {
    const matches = pathname === item.to || pathname.startsWith(`${item.to}/`);
    if (matches && (!best || item.to.length > best.to.length)) best = item;
  }
  return best?.requires ?? {};
}
