import { MODULES, type Module, type Role } from '../../../contract/index.js';

/**
 * What a route requires: nobody, any signed-in account (with or without a current
 * organization: an accountant without clients yet, support staff), any member of the current
 * organization, or one module.
 */
export type Access = 'public' | 'account' | 'member' | Module;

/** Customers and products are open to every user of an organization. */
export const ALWAYS_OPEN = ['customers', 'products'] as const;

export function permissionsOf(role: Role, modules: readonly Module[]): string[] {
  const granted = role === 'employee' ? MODULES.filter((m) => modules.includes(m)) : [...MODULES];
  return [...ALWAYS_OPEN, ...granted];
}

export function canAccess(access: Access, role: Role, modules: readonly Module[]): boolean {
  if (access === 'public' || access === 'account' || access === 'member') return true;
  return role !== 'employee' || modules.includes(access);
}
