import { sql } from 'kysely';
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
import type { Caller } from './team.service.js';

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
    const documents = await trx
      .selectFrom('documents')
      .select(['id', 'document_type', 'number_formatted'])
      .where('organization_id', '=', organizationId)
      .where('id', 'in', documentIds)
      .execute();
    for (const d of documents) {
      subjects.set(`document:${d.id}`, {
        kind: STORED_TYPES[d.document_type] ?? 'document',
        name: d.number_formatted,
      });
    }
  }
  const contactIds = ids('contact');
  if (contactIds.length > 0) {
    const contacts = await trx
      .selectFrom('contacts')
      .select(['id', 'name'])
      .where('organization_id', '=', organizationId)
      .where('id', 'in', contactIds)
      .execute();
    for (const c of contacts) subjects.set(`contact:${c.id}`, { kind: 'contact', name: c.name });
  }
  const userIds = ids('user');
  if (userIds.length > 0) {
    const users = await trx
      .selectFrom('users')
      .select(['id', 'first_name', 'last_name', 'email'])
      .where('id', 'in', userIds)
      .execute();
    for (const u of users) {
      const name = `${u.first_name} ${u.last_name}`.trim() || u.email;
      subjects.set(`user:${u.id}`, { kind: 'user', name });
    }
  }
  return subjects;
}

type AuditLogQuery = z.output<typeof auditLogQuerySchema>;

/** LIKE pattern for an action-name prefix (its own `_` and `%` taken literally). */
const prefixPattern = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The audit log for owners: who, when, from where, what; filtered and paged in the database. */
export function createAuditLogService({ db }: Deps) {
  return {
    async list(caller: Caller, query: AuditLogQuery): Promise<AuditLogPage> {
      if (caller.role !== 'owner') throw Forbidden('error.ownerOnly');
      return withTenant(db, caller.organizationId, async (trx) => {
        let base = trx
          .selectFrom('audit_log as a')
          .where('a.organization_id', '=', caller.organizationId);
        if (query.group) {
          const prefixes = AUDIT_GROUPS[query.group];
          base = base.where((eb) =>
            eb.or(prefixes.map((prefix) => eb('a.action', 'like', prefixPattern(prefix)))),
          );
        }
        if (query.userId) base = base.where('a.user_id', '=', query.userId);
        // Calendar days in Belgian time, both ends included.
        if (query.from)
          base = base.where(
            'a.created_at',
            '>=',
            sql<Date>`(${query.from}::date)::timestamp at time zone 'Europe/Brussels'`,
          );
        if (query.to)
          base = base.where(
            'a.created_at',
            '<',
            sql<Date>`((${query.to}::date) + 1)::timestamp at time zone 'Europe/Brussels'`,
          );
        const [{ total }, rows] = await Promise.all([
          base.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
          base
            .leftJoin('users as u', 'u.id', 'a.user_id')
            .select([
              'a.id',
              'a.created_at',
              'a.action',
              'a.user_id',
              'a.ip',
              'a.entity_type',
              'a.entity_id',
              'a.data',
              'u.email',
              'u.first_name',
              'u.last_name',
            ])
            .orderBy('a.created_at', 'desc')
            .orderBy('a.id', 'desc')
            .limit(query.pageSize)
            .offset((query.page - 1) * query.pageSize)
            .execute(),
        ]);
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
          total: Number(total),
        };
      });
    },
  };
}

export type AuditLogService = ReturnType<typeof createAuditLogService>;
