import type { AuditAction } from '../../contract/index.js';
import type { Tx } from '../db/tenant.js';
import type { JsonValue } from '../db/schema.generated.js';
import { newId } from './ids.js';

export interface AuditEntry {
  organizationId: string;
  userId: string | null;
  /** One of AUDIT_ACTIONS: each has a sentence in every language of the audit log. */
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  data?: Record<string, JsonValue>;
  ip?: string | null;
  at: Date;
}

/** Writes an audit row in the caller's transaction: the change and its trace commit together. */
export async function writeAudit(trx: Tx, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      organization_id: entry.organizationId,
      id: newId(),
      user_id: entry.userId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId ?? null,
      data: JSON.stringify(entry.data ?? {}),
      ip: entry.ip ?? null,
      created_at: entry.at,
    })
    .execute();
}
