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
