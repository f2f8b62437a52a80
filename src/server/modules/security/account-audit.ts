import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { TENANT_ROLE } from '../../db/tenant.js';
import { writeAudit, type AuditEntry } from '../../platform/audit.js';

/**
 * Ends a platform transaction (a change to credentials or sessions) with its audit row: the
 * transaction switches into the organization's tenant context to write it, so the change and
 * its trace commit together. Nothing but tenant work may follow in that transaction.
 * Accounts without a current organization have no audit log to write to.
 */
export async function auditAccountChange(
  trx: Transaction<DB>,
  entry: Omit<AuditEntry, 'organizationId' | 'entityType' | 'entityId'> & {
    organizationId: string | null;
  },
): Promise<void> {
  const { organizationId } = entry;
  if (!organizationId) return;
  await sql`select set_config('app.organization_id', ${organizationId}, true), set_config('role', ${TENANT_ROLE}, true)`.execute(
    trx,
  );
  await writeAudit(trx, {
    ...entry,
    organizationId,
    entityType: 'user',
    entityId: entry.userId,
  });
}
