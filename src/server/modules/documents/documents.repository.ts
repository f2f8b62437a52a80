import { sql, type Insertable, type Selectable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { DocumentLines, Documents, Journals } from '../../db/schema.generated.js';
import { likePattern, parseSort } from '../../platform/search.js';
import type { StoredType } from './document-kinds.js';

export type DocumentRow = Selectable<Documents>;
export type LineRow = Selectable<DocumentLines>;
export type JournalRow = Selectable<Journals>;
export type NewDocument = Omit<Insertable<Documents>, 'organization_id'>;
export type NewLine = Omit<Insertable<DocumentLines>, 'organization_id' | 'document_id'>;

export async function findDocument(trx: Tx, organizationId: string, id: string, lock = false) {
  let query = trx
    .selectFrom('documents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findLines(
  trx: Tx,
  organizationId: string,
  documentId: string,
): Promise<LineRow[]> {
  return trx
    .selectFrom('document_lines')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('document_id', '=', documentId)
    .orderBy('position')
    .execute();
}

export async function findDerived(trx: Tx, organizationId: string, sourceId: string) {
  return trx
    .selectFrom('documents')
    .select(['id', 'document_type', 'number_formatted', 'status', 'deposit', 'total_excl'])
    .where('organization_id', '=', organizationId)
    .where('source_document_id', '=', sourceId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .execute();
}

/** The live documents made from each of `sourceIds` (a page of quotes), oldest first. */
export async function findDerivedOfMany(trx: Tx, organizationId: string, sourceIds: string[]) {
  if (sourceIds.length === 0) return [];
  return trx
    .selectFrom('documents')
    .select(['id', 'source_document_id', 'document_type', 'number_formatted', 'deposit'])
    .where('organization_id', '=', organizationId)
    .where('source_document_id', 'in', sourceIds)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .execute();
}

export async function insertDocument(
  trx: Tx,
  organizationId: string,
  document: NewDocument,
): Promise<void> {
  await trx
    .insertInto('documents')
    .values({ ...document, organization_id: organizationId })
    .execute();
}

export async function updateDocument(
  trx: Tx,
  organizationId: string,
  id: string,
  values: Partial<NewDocument>,
): Promise<void> {
  await trx
    .updateTable('documents')
    .set(values)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function replaceLines(
  trx: Tx,
  organizationId: string,
  documentId: string,
  lines: NewLine[],
): Promise<void> {
  await trx
    .deleteFrom('document_lines')
    .where('organization_id', '=', organizationId)
    .where('document_id', '=', documentId)
    .execute();
  // Large documents are written in chunks to stay under the protocol's parameter limit.
  for (let i = 0; i < lines.length; i += 500) {
    await trx
      .insertInto('document_lines')
      .values(
        lines
          .slice(i, i + 500)
          .map((line) => ({ ...line, organization_id: organizationId, document_id: documentId })),
      )
      .execute();
  }
}

export async function findJournal(
  trx: Tx,
  organizationId: string,
  id: string,
): Promise<JournalRow | undefined> {
  return trx
    .selectFrom('journals')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function defaultJournal(
  trx: Tx,
  organizationId: string,
  type: StoredType,
): Promise<JournalRow | undefined> {
  return trx
    .selectFrom('journals')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('document_type', '=', type)
    .where('is_default', '=', true)
    .executeTakeFirst();
}

export async function listJournals(trx: Tx, organizationId: string): Promise<JournalRow[]> {
  return trx
    .selectFrom('journals')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('document_type')
    .orderBy('created_at')
    .execute();
}

export async function counterValue(
  trx: Tx,
  organizationId: string,
  scope: string,
): Promise<number> {
  const row = await trx
    .selectFrom('counters')
    .select('value')
    .where('organization_id', '=', organizationId)
    .where('scope', '=', scope)
    .executeTakeFirst();
  return Number(row?.value ?? 0);
}

export async function setCounter(
  trx: Tx,
  organizationId: string,
  scope: string,
  value: number,
): Promise<void> {
  await sql`
    insert into counters (organization_id, scope, value) values (${organizationId}, ${scope}, ${value})
    on conflict (organization_id, scope) do update set value = excluded.value`.execute(trx);
}

const SORTS = {
  issueDate: sql`issue_date`,
  number: sql`number`,
  customer: sql`lower(customer ->> 'name')`,
  total: sql`total_incl`,
  dueDate: sql`due_date`,
} as const;

export interface ListFilter {
  type: StoredType;
  today: string;
  status?: string | undefined;
  customerId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  deleted: 'true' | 'false';
  sort: string;
  page: number;
  pageSize: number;
}

export async function listDocuments(trx: Tx, organizationId: string, filter: ListFilter) {
  let query = trx
    .selectFrom('documents')
    .where('organization_id', '=', organizationId)
    .where('document_type', '=', filter.type)
    .where('deleted_at', filter.deleted === 'true' ? 'is not' : 'is', null);
  if (filter.status === 'unpaid') {
    query = query.where('status', 'in', ['finalized', 'sent', 'partiallyPaid']);
  } else if (filter.status === 'overdue') {
    query = query
      .where('status', 'in', ['finalized', 'sent', 'partiallyPaid'])
      .where('due_date', '<', filter.today);
  } else if (filter.status === 'expired') {
    query = query
      .where('status', 'in', ['draft', 'finalized', 'sent'])
      .where('valid_until', '<', filter.today);
  } else if (filter.status) {
    query = query.where('status', '=', filter.status);
  }
  if (filter.customerId) query = query.where('contact_id', '=', filter.customerId);
  if (filter.from) query = query.where('issue_date', '>=', filter.from);
  if (filter.to) query = query.where('issue_date', '<=', filter.to);
  const q = filter.q?.trim();
  if (q) {
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(customer ->> 'name')`, 'like', likePattern(q)),
        eb(sql`lower(coalesce(number_formatted, ''))`, 'like', likePattern(q)),
      ]),
    );
  }
  const { field, direction } = parseSort<keyof typeof SORTS>(filter.sort);
  const [items, count] = await Promise.all([
    query
      .selectAll()
      .orderBy(SORTS[field], (ob) => (direction === 'asc' ? ob.asc() : ob.desc()).nullsLast())
      .orderBy('id', direction)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

export async function findPayments(trx: Tx, organizationId: string, documentId: string) {
  const rows = await trx
    .selectFrom('payments as p')
    .innerJoin('payment_accounts as a', (join) =>
      join
        .onRef('a.organization_id', '=', 'p.organization_id')
        .onRef('a.id', '=', 'p.payment_account_id'),
    )
    .select(['p.id', 'p.payment_date', 'p.amount', 'p.payment_account_id', 'a.name', 'p.reference'])
    .where('p.organization_id', '=', organizationId)
    .where('p.document_id', '=', documentId)
    .orderBy('p.payment_date')
    .orderBy('p.created_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    date: row.payment_date,
    amount: row.amount,
    paymentAccountId: row.payment_account_id,
    paymentAccountName: row.name,
    reference: row.reference,
  }));
}

/** The latest issue date already numbered in a journal's fiscal year (numbers follow dates). */
export async function latestNumberedDate(
  trx: Tx,
  organizationId: string,
  journalId: string,
  fiscalYear: number,
): Promise<string | null> {
  const row = await trx
    .selectFrom('documents')
    .select((eb) => eb.fn.max('issue_date').as('latest'))
    .where('organization_id', '=', organizationId)
    .where('journal_id', '=', journalId)
    .where('fiscal_year', '=', String(fiscalYear))
    .where('number', 'is not', null)
    .executeTakeFirst();
  return row?.latest ?? null;
}

/** The document a request with this Idempotency-Key already created, if any. */
export async function findIdempotentDocument(
  trx: Tx,
  organizationId: string,
  scope: string,
  key: string,
): Promise<string | undefined> {
  const row = await trx
    .selectFrom('idempotency_keys')
    .select('document_id')
    .where('organization_id', '=', organizationId)
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.document_id;
}

export async function insertIdempotencyKey(
  trx: Tx,
  organizationId: string,
  values: { scope: string; key: string; documentId: string; at: Date },
): Promise<void> {
  await trx
    .insertInto('idempotency_keys')
    .values({
      organization_id: organizationId,
      scope: values.scope,
      key: values.key,
      document_id: values.documentId,
      created_at: values.at,
    })
    .execute();
}
