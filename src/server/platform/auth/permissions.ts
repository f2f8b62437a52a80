import {
  MODULES,
  type Access,
  type Module,
  type ModuleSet,
  type Role,
} from '../../../contract/index.js';

export type { Access, ModuleSet };

/** Customers and products are open to every user of an organization. */
export const ALWAYS_OPEN = ['customers', 'products'] as const;

export function permissionsOf(role: Role, modules: readonly Module[]): string[] {
  const granted = role === 'employee' ? MODULES.filter((m) => modules.includes(m)) : [...MODULES];
  return [...ALWAYS_OPEN, ...granted];
}

const LEVELS: readonly string[] = ['public', 'account', 'member'];
const isModule = (value: unknown): value is Module =>
  (MODULES as readonly unknown[]).includes(value);

/**
 * Whether a declaration is one the auth layer understands: a misspelt module would otherwise
 * require nothing, so the app refuses to start on it.
 */
export function isValidAccess(access: unknown): access is Access {
  if (Array.isArray(access)) return access.length > 0 && access.every(isModule);
  return isModule(access) || LEVELS.includes(access as string);
}

/** The modules an access declaration requires (none for public, account and member). */
export function modulesOf(access: Access): readonly Module[] {
  if (typeof access !== 'string') return access;
  return isModule(access) ? [access] : [];
}

/** Whether a user of this role holds every one of these modules (owners and the like hold all). */
export function hasModules(
  role: Role,
  modules: readonly Module[],
  required: readonly Module[],
): boolean {
  return role !== 'employee' || required.every((module) => modules.includes(module));
}

export function canAccess(access: Access, role: Role, modules: readonly Module[]): boolean {
  return hasModules(role, modules, modulesOf(access));
}
