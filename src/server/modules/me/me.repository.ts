import { sql } from 'kysely';
import type { Language, Module, Role } from '../../../contract/index.js';
import type { Database } from '../../db/database.js';

export interface MeRow {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  language: Language;
  organizations: { organizationId: string; name: string; role: Role; modules: Module[] }[];
}

/**
 * The user and all their memberships in one round trip. Platform query: it spans organizations
 * on purpose (the organization switcher), so it runs outside any tenant context.
 */
export async function findMe(db: Database, userId: string): Promise<MeRow | undefined> {
  const { rows } = await sql<MeRow>`
    select u.id, u.email, u.first_name, u.last_name, u.language,
      coalesce((
        select json_agg(json_build_object('organizationId', o.id, 'name', o.legal_name, 'role', m.role, 'modules', m.modules)
                        order by o.legal_name, o.id)
        from memberships m join organizations o on o.id = m.organization_id
        where m.user_id = u.id
      ), '[]') as organizations
    from users u where u.id = ${userId}`.execute(db);
  return rows[0];
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

export async function hasMembership(
  db: Database,
  userId: string,
  organizationId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('user_id', '=', userId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row !== undefined;
}
