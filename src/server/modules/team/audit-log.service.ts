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
import { AppError } from '../../platform/errors.js';
import type { Caller } from './team.service.js';

type AuditLogQuery = z.output<typeof auditLogQuerySchema>;

/** LIKE pattern for an action-name prefix (its own `_` and `%` taken literally). */
const prefixPattern = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The audit log for owners: who, when, from where, what; filtered and paged in the database. */
export function createAuditLogService({ db }: Deps) {
  return {
    async list(caller: Caller, query: AuditLogQuery): Promise<AuditLogPage> {
      if (caller.role !== 'owner') throw new AppError(403, 'error.ownerOnly');
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
