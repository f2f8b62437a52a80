import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../../contract/index.js';
import { mayOpen, navigationGroups, pageRequirement, visibleGroups } from './navigation';

const t = ((key: string) => key) as unknown as TFunction;
const groups = navigationGroups(t);

/** Only the fields the navigation reads. */
function reader(role: Me['role'], permissions: string[], disabledApps: string[] = []): Me {
  return { role, permissions, disabledApps } as unknown as Me;
}

const ALL_MODULES = [
  'customers',
  'products',
  'quotes',
  'invoices',
  'creditNotes',
  'payments',
  'purchases',
  'reports',
  'settings',
];

describe('navigation', () => {
  it('asks of each page what its API asks', () => {
    expect(pageRequirement('/invoices', groups)).toEqual({ modules: ['invoices'] });
    expect(pageRequirement('/invoices/0190-abc/edit', groups)).toEqual({ modules: ['invoices'] });
    expect(pageRequirement('/payments', groups)).toEqual({ modules: ['payments', 'invoices'] });
    expect(pageRequirement('/settings/company', groups)).toEqual({ settings: true });
    expect(pageRequirement('/settings/users', groups)).toEqual({ owner: true });
    expect(pageRequirement('/settings/personal', groups)).toEqual({});
    expect(pageRequirement('/products/groups', groups)).toEqual({});
    expect(pageRequirement('/customers/0190-abc', groups)).toEqual({});
    expect(pageRequirement('/', groups)).toEqual({});
  });

  it('shows an employee only the groups and entries of their modules', () => {
    const employee = reader('employee', ['customers', 'products', 'quotes']);
    expect(
      visibleGroups(employee, groups).map((group) => [group.key, group.items.map((i) => i.to)]),
    ).toEqual([
      ['sales', ['/quotes']],
      ['contacts', ['/customers', '/products']],
      ['settings', ['/mailbox', '/settings/personal']],
    ]);
    expect(mayOpen(employee, pageRequirement('/payments', groups))).toBe(false);
    expect(mayOpen(reader('employee', ['payments']), { modules: ['payments', 'invoices'] })).toBe(
      false,
    );
  });

  it('shows an owner every entry, grouped by five', () => {
    const owner = reader('owner', ALL_MODULES);
    const visible = visibleGroups(owner, groups);
    expect(visible.map((group) => group.key)).toEqual([
      'sales',
      'money',
      'purchases',
      'contacts',
      'settings',
    ]);
    expect(visible.flatMap((group) => group.items).length).toBe(22);
  });

  it('leaves out the pages of the apps the company switched off, even for an owner', () => {
    const owner = reader('owner', ALL_MODULES, ['peppol', 'reminders', 'purchases']);
    const visible = visibleGroups(owner, groups);
    const paths = visible.flatMap((group) => group.items.map((item) => item.to));
    expect(paths).not.toContain('/inbox');
    expect(paths).not.toContain('/purchases');
    expect(paths).not.toContain('/settings/reminders');
    expect(paths).not.toContain('/settings/peppol');
    expect(paths).toContain('/subscriptions');
    // The purchases group had only switched-off pages: it goes.
    expect(visible.map((group) => group.key)).toEqual(['sales', 'money', 'contacts', 'settings']);
    expect(mayOpen(owner, pageRequirement('/inbox/0190-abc', groups))).toBe(false);
    expect(pageRequirement('/subscriptions', groups)).toEqual({
      modules: ['invoices'],
      app: 'subscriptions',
    });
  });
});
