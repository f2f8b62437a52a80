import {
  isOptionalApp,
  type Language,
  type Module,
  type OptionalApp,
  type Role,
} from '../../../contract/index.js';
import type { Database } from '../../db/database.js';

export interface MembershipRow {
  organizationId: string;
  name: string;
  role: Role;
  modules: Module[];
  /** The organization requires two-factor login of every user. */
  requireTwoFactor?: boolean;
  /** The apps the organization switched off. */
  disabledApps: OptionalApp[];
}

/**
 * Every organization of a user. Platform query: it spans organizations on purpose (the
 * organization switcher), so it runs outside any tenant context.
 */
export async function listMemberships(db: Database, userId: string): Promise<MembershipRow[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select([
      'o.id',
      'o.legal_name',
      'm.role',
      'm.modules',
      'o.require_two_factor',
      'o.disabled_apps',
    ])
    .where('m.user_id', '=', userId)
    .where('m.deactivated_at', 'is', null)
    .orderBy('o.legal_name')
    .orderBy('o.id')
    .execute();
  return rows.map((row) => ({
    organizationId: row.id,
    name: row.legal_name,
    role: row.role as Role,
    modules: row.modules as Module[],
    requireTwoFactor: row.require_two_factor,
    disabledApps: row.disabled_apps.filter(isOptionalApp),
  }));
}

export async function findUser(db: Database, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'first_name', 'last_name', 'language', 'two_factor_enabled_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export async function updateUser(
  db: Database,
  userId: string,
  changes: { first_name?: string; last_name?: string; language?: Language },
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...changes, updated_at: now })
    .where('id', '=', userId)
    .execute();
}

/** The account fields of `GET /me/account` (an accountant's or support's home). */
export async function findAccount(db: Database, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'first_name', 'last_name', 'language', 'is_accountant', 'is_support'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** The organization a user opens next time. */
export async function setLastOrganization(
  db: Database,
  userId: string,
  organizationId: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ last_organization_id: organizationId })
    .where('id', '=', userId)
    .execute();
}

/** Platform query: support staff enter organizations they are no member of. */
/** What a support session needs of the organization it is in: its name and switched-off apps. */
export async function findSupportOrganization(
  db: Database,
  organizationId: string,
): Promise<{ name: string; disabledApps: OptionalApp[] } | undefined> {
  const row = await db
    .selectFrom('organizations')
    .select(['legal_name', 'disabled_apps'])
    .where('id', '=', organizationId)
    .executeTakeFirst();
  return row && { name: row.legal_name, disabledApps: row.disabled_apps.filter(isOptionalApp) };
}
