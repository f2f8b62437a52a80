import type { z } from 'zod';
import {
  AUDIT_GROUPS,
  auditGroupOf,
  type AuditLogPage,
  type auditLogQuerySchema,
} from '../../../contract/index.js';
import type { Deps } from '../../deps.js';
import { withTenant } from '../../db/tenant.js';
import { Forbidden } from '../../platform/errors.js';
import type { Tx } from '../../db/tenant.js';
import {
  findContactNames,
  findDocumentNumbers,
  findUserNames,
  listAuditLog,
} from './audit-log.repository.js';
import type { Caller } from './members.js';

type Subject = { kind: string; name: string | null };
const STORED_TYPES: Record<string, string> = {
  quote: 'quote',
  invoice: 'invoice',
  credit_note: 'creditNote',
};

/** Names of the records a page of entries is about: documents, customers and users. */
async function subjectsOf(
  trx: Tx,
  organizationId: string,
  rows: { entity_type: string; entity_id: string | null }[],
): Promise<Map<string, Subject>> {
  const ids = (type: string) => [
    ...new Set(
      rows.filter((r) => r.entity_type === type && r.entity_id).map((r) => r.entity_id ?? ''),
    ),
  ];
  const subjects = new Map<string, Subject>();
  const documentIds = ids('document');
  if (documentIds.length > 0) {
    for (const d of await findDocumentNumbers(trx, organizationId, documentIds)) {
      subjects.set(`document:${d.id}`, {
        kind: STORED_TYPES[d.document_type] ?? 'document',
        name: d.number_formatted,
      });
    }
  }
  const contactIds = ids('contact');
  if (contactIds.length > 0) {
    for (const c of await findContactNames(trx, organizationId, contactIds))
      subjects.set(`contact:${c.id}`, { kind: 'contact', name: c.name });
  }
  const userIds = ids('user');
  if (userIds.length > 0) {
    for (const u of await findUserNames(trx, userIds)) {
      const name = `${u.first_name} ${u.last_name}`.trim() || u.email;
      subjects.set(`user:${u.id}`, { kind: 'user', name });
    }
  }
  return subjects;
}

type AuditLogQuery = z.output<typeof auditLogQuerySchema>;

/** The audit log for owners: who, when, from where, what; filtered and paged in the database. */
export function createAuditLogService({ db }: Deps) {
  return {
    async list(caller: Caller, query: AuditLogQuery): Promise<AuditLogPage> {
      if (caller.role !== 'owner') throw Forbidden('error.ownerOnly');
      return withTenant(db, caller.organizationId, async (trx) => {
        const { rows, total } = await listAuditLog(trx, caller.organizationId, {
          ...(query.group && { prefixes: AUDIT_GROUPS[query.group] }),
          ...(query.userId && { userId: query.userId }),
          ...(query.from && { from: query.from }),
          ...(query.to && { to: query.to }),
          limit: query.pageSize,
          offset: (query.page - 1) * query.pageSize,
        });
        const subjects = await subjectsOf(trx, caller.organizationId, rows);
        return {
          items: rows.map((row) => ({
            id: row.id,
            at: row.created_at.toISOString(),
            action: row.action,
            group: auditGroupOf(row.action),
            user:
              row.user_id && row.email !== null
                ? {
                    id: row.user_id,
                    email: row.email,
                    name: `${row.first_name ?? ''} ${row.last_name ?? ''}`.trim(),
                  }
                : null,
            ip: row.ip,
            entityType: row.entity_type,
            entityId: row.entity_id,
            subject:
              subjects.get(`${row.entity_type}:${row.entity_id ?? ''}`) ??
              (row.entity_type === 'document' || row.entity_type === 'contact'
                ? { kind: row.entity_type, name: null }
                : null),
            data:
              row.data && typeof row.data === 'object' && !Array.isArray(row.data) ? row.data : {},
          })),
          page: query.page,
          pageSize: query.pageSize,
          total,
        };
      });
    },
  };
}

export type AuditLogService = ReturnType<typeof createAuditLogService>;
