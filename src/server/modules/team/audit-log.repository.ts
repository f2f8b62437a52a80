import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';

/** LIKE pattern for an action-name prefix (its own `_` and `%` taken literally). */
const prefixPattern = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface AuditLogFilter {
  /** Action-name prefixes, any of which matches. */
  prefixes?: readonly string[];
  userId?: string;
  /** Calendar days (YYYY-MM-DD) in Belgian time, both ends included. */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** A page of the organization's audit log, newest first, with each entry's user; and the total. */
export async function listAuditLog(trx: Tx, organizationId: string, filter: AuditLogFilter) {
  let base = trx.selectFrom('audit_log as a').where('a.organization_id', '=', organizationId);
  const { prefixes } = filter;
  if (prefixes)
    base = base.where((eb) =>
      eb.or(prefixes.map((prefix) => eb('a.action', 'like', prefixPattern(prefix)))),
    );
  if (filter.userId) base = base.where('a.user_id', '=', filter.userId);
  if (filter.from)
    base = base.where(
      'a.created_at',
      '>=',
      sql<Date>`(${filter.from}::date)::timestamp at time zone 'Europe/Brussels'`,
    );
  if (filter.to)
    base = base.where(
      'a.created_at',
      '<',
      sql<Date>`((${filter.to}::date) + 1)::timestamp at time zone 'Europe/Brussels'`,
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
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
  ]);
  return { rows, total: Number(total) };
}

// The records entries are about, read to name them (documents, contacts, users).

export const findDocumentNumbers = (trx: Tx, organizationId: string, ids: readonly string[]) =>
  trx
    .selectFrom('documents')
    .select(['id', 'document_type', 'number_formatted'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .execute();

export const findContactNames = (trx: Tx, organizationId: string, ids: readonly string[]) =>
  trx
    .selectFrom('contacts')
    .select(['id', 'name'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .execute();

export const findUserNames = (trx: Tx, ids: readonly string[]) =>
  trx
    .selectFrom('users')
    .select(['id', 'first_name', 'last_name', 'email'])
    .where('id', 'in', ids)
    .execute();
