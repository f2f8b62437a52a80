import { sql, type Insertable, type Selectable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Tx } from '../../db/tenant.js';
import type { DocumentLinks, DocumentSignatures } from '../../db/schema.generated.js';

export type LinkRow = Selectable<DocumentLinks>;
export type SignatureRow = Selectable<DocumentSignatures>;

/** What a public request needs to know about a link, found by its secret's hash. */
export interface PublicLinkRow {
  organization_id: string;
  id: string;
  document_id: string;
  document_type: string;
  sent_to: string[];
  require_email: boolean;
}

/**
 * The active link with this secret hash, outside any tenant: the secret is what identifies the
 * organization (like a session or a webhook token). One indexed query, the same for every
 * caller, whether the link exists or not.
 */
export async function findPublicLink(db: Database, tokenHash: string) {
  const row = await db
    .selectFrom('document_links as l')
    .innerJoin('documents as d', (join) =>
      join.onRef('d.organization_id', '=', 'l.organization_id').onRef('d.id', '=', 'l.document_id'),
    )
    .leftJoin('link_settings as s', 's.organization_id', 'l.organization_id')
    .select([
      'l.organization_id',
      'l.id',
      'l.document_id',
      'd.document_type',
      'l.sent_to',
      sql<boolean>`coalesce(s.require_email, true)`.as('require_email'),
    ])
    .where('l.token_hash', '=', tokenHash)
    .where('l.revoked_at', 'is', null)
    .where('d.deleted_at', 'is', null)
    .executeTakeFirst();
  return row satisfies PublicLinkRow | undefined;
}

export async function findActiveLink(trx: Tx, organizationId: string, documentId: string) {
  return trx
    .selectFrom('document_links')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('document_id', '=', documentId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** Inserts a link unless the document already has an active one (a concurrent creation won). */
export async function insertLinkUnlessActive(
  trx: Tx,
  values: Insertable<DocumentLinks>,
): Promise<boolean> {
  const result = await trx
    .insertInto('document_links')
    .values(values)
    .onConflict((conflict) =>
      conflict
        .columns(['organization_id', 'document_id'])
        .where('revoked_at', 'is', null)
        .doNothing(),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function revokeActiveLink(
  trx: Tx,
  organizationId: string,
  documentId: string,
  at: Date,
): Promise<LinkRow | undefined> {
  return trx
    .updateTable('document_links')
    .set({ revoked_at: at })
    .where('organization_id', '=', organizationId)
    .where('document_id', '=', documentId)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export async function setSentTo(
  trx: Tx,
  organizationId: string,
  linkId: string,
  sentTo: string[],
): Promise<void> {
  await trx
    .updateTable('document_links')
    .set({ sent_to: sentTo })
    .where('organization_id', '=', organizationId)
    .where('id', '=', linkId)
    .execute();
}

export async function recordOpen(
  trx: Tx,
  organizationId: string,
  linkId: string,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('document_links')
    .set((eb) => ({ last_opened_at: at, open_count: eb('open_count', '+', 1) }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', linkId)
    .execute();
}

export async function findSignature(trx: Tx, organizationId: string, documentId: string) {
  return trx
    .selectFrom('document_signatures')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();
}

export async function insertSignature(
  trx: Tx,
  values: Insertable<DocumentSignatures>,
): Promise<void> {
  await trx.insertInto('document_signatures').values(values).execute();
}

export async function findRequireEmail(trx: Tx, organizationId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('link_settings')
    .select('require_email')
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row?.require_email ?? true;
}

export async function saveRequireEmail(
  trx: Tx,
  organizationId: string,
  requireEmail: boolean,
  at: Date,
): Promise<void> {
  await trx
    .insertInto('link_settings')
    .values({ organization_id: organizationId, require_email: requireEmail, updated_at: at })
    .onConflict((conflict) =>
      conflict
        .column('organization_id')
        .doUpdateSet({ require_email: requireEmail, updated_at: at }),
    )
    .execute();
}

/** The audit rows of one document, newest first, with the name of the user who acted. */
export async function documentAudit(trx: Tx, organizationId: string, documentId: string) {
  return trx
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select([
      'a.id',
      'a.action',
      'a.created_at',
      'a.ip',
      'a.data',
      'u.first_name',
      'u.last_name',
      'u.email',
    ])
    .where('a.organization_id', '=', organizationId)
    .where('a.entity_type', '=', 'document')
    .where('a.entity_id', '=', documentId)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(500)
    .execute();
}

/** The little a link needs to know about its document (read-only; documents are the documents module's). */
export async function findDocumentState(trx: Tx, organizationId: string, documentId: string) {
  return trx
    .selectFrom('documents')
    .select(['id', 'document_type', 'status', 'deleted_at', 'customer'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', documentId)
    .executeTakeFirst();
}

/**
 * One query that reads nothing: a refused unknown link costs the same round trip as a known one,
 * so timing does not tell a visitor which secrets exist.
 */
export async function emptyRoundTrip(trx: Tx): Promise<void> {
  await sql`select 1`.execute(trx);
}
