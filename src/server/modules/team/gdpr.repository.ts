import type { Database } from '../../db/database.js';
import type { Tx } from '../../db/tenant.js';

export async function setSupportAccess(
  trx: Tx,
  organizationId: string,
  supportAccess: boolean,
): Promise<void> {
  await trx
    .updateTable('organizations')
    .set({ support_access: supportAccess })
    .where('id', '=', organizationId)
    .execute();
}

/** The support sessions opened in the organization (audited as `support.access`), newest first. */
export const listSupportSessions = (trx: Tx, organizationId: string, limit: number) =>
  trx
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.created_at', 'a.ip', 'u.email', 'u.first_name', 'u.last_name'])
    .where('a.organization_id', '=', organizationId)
    .where('a.action', '=', 'support.access')
    .orderBy('a.created_at', 'desc')
    .limit(limit)
    .execute();

/** Every support session in the organization leaves it (a platform query on sessions). */
export async function endSupportSessions(db: Database, organizationId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ organization_id: null, support: false })
    .where('organization_id', '=', organizationId)
    .where('support', '=', true)
    .execute();
}
