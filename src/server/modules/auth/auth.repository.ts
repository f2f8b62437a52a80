import type { Language } from '../../../contract/index.js';
import type { Database } from '../../db/database.js';
import type { Tx } from '../../db/tenant.js';
import { newId } from '../../platform/ids.js';

export async function findUserByEmail(db: Database, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'password_hash', 'last_organization_id', 'is_accountant', 'is_support'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export async function insertUser(
  trx: Tx,
  input: {
    email: string;
    passwordHash: string;
    passwordScore: number;
    firstName: string;
    lastName: string;
    language: Language;
    now: Date;
  },
): Promise<string> {
  const id = newId();
  await trx
    .insertInto('users')
    .values({
      id,
      email: input.email,
      password_hash: input.passwordHash,
      password_score: input.passwordScore,
      password_changed_at: input.now,
      first_name: input.firstName,
      last_name: input.lastName,
      language: input.language,
      created_at: input.now,
      updated_at: input.now,
    })
    .execute();
  return id;
}

/** The organization to open after login: the last one used if still a member, else the oldest membership. */
export async function loginOrganization(
  db: Database,
  userId: string,
  preferred: string | null,
): Promise<string | null> {
  const rows = await db
    .selectFrom('memberships')
    .select('organization_id')
    .where('user_id', '=', userId)
    .where('deactivated_at', 'is', null)
    .orderBy('created_at')
    .execute();
  const ids = rows.map((row) => row.organization_id);
  return preferred && ids.includes(preferred) ? preferred : (ids[0] ?? null);
}

export async function markLogin(
  db: Database,
  userId: string,
  organizationId: string | null,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ last_login_at: now, ...(organizationId && { last_organization_id: organizationId }) })
    .where('id', '=', userId)
    .execute();
}

/** What the second login step needs to pick the organization to open. */
export async function findLoginUser(db: Database, userId: string) {
  return db
    .selectFrom('users')
    .select(['last_organization_id', 'is_accountant', 'is_support'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}
