import { enterTenant, type Tx } from '../../db/tenant.js';
import { writeAudit, type AuditEntry } from '../../platform/audit.js';

/**
 * Ends a platform transaction (a change to credentials or sessions) with its audit row: the
 * transaction switches into the organization's tenant context to write it, so the change and
 * its trace commit together. Nothing but tenant work may follow in that transaction.
 * Accounts without a current organization have no audit log to write to.
 */
export async function auditAccountChange(
  trx: Tx,
  entry: Omit<AuditEntry, 'organizationId' | 'entityType' | 'entityId'> & {
    organizationId: string | null;
  },
): Promise<void> {
  const { organizationId } = entry;
  if (!organizationId) return;
  await enterTenant(trx, organizationId);
  await writeAudit(trx, {
    ...entry,
    organizationId,
    entityType: 'user',
    entityId: entry.userId,
  });
}
