import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Tx } from '../../db/tenant.js';
import { likePattern } from '../../platform/search.js';

// Platform queries: support staff and the organizations they may enter span organizations.

/** Marks the accounts of these addresses as platform support staff (FACTO_SUPPORT_EMAILS). */
export async function grantSupport(db: Database, emails: readonly string[]): Promise<number> {
  if (emails.length === 0) return 0;
  const result = await db
    .updateTable('users')
    .set({ is_support: true })
    .where(
      sql<string>`lower(email)`,
      'in',
      emails.map((email) => email.toLowerCase()),
    )
    .where('is_support', '=', false)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function setSupport(db: Database, email: string, isSupport: boolean) {
  const result = await db
    .updateTable('users')
    .set({ is_support: isSupport })
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Organizations that allow support access, by name or enterprise number, 50 at most. */
export async function listSupportOrganizations(db: Database, q: string | undefined) {
  let query = db
    .selectFrom('organizations')
    .select(['id', 'legal_name', 'enterprise_number'])
    .where('support_access', '=', true);
  if (q) {
    const pattern = likePattern(q);
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['legal_name']), 'like', pattern),
        eb('enterprise_number', 'like', likePattern(q.replace(/\D/g, '') || q)),
      ]),
    );
  }
  return query.orderBy('legal_name').orderBy('id').limit(50).execute();
}

/** Whether the organization lets support staff in; undefined when there is no such organization. */
export async function findSupportAccess(
  db: Database | Tx,
  organizationId: string,
  options: { lock?: boolean } = {},
): Promise<boolean | undefined> {
  let query = db
    .selectFrom('organizations')
    .select('support_access')
    .where('id', '=', organizationId);
  if (options.lock) query = query.forUpdate();
  return (await query.executeTakeFirst())?.support_access;
}
