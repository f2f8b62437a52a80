import type { Insertable, Selectable, Updateable } from 'kysely';
import type { EmailTemplateKind } from '../../../contract/index.js';
import type { TagLanguage } from '../../../core/tags/index.js';
import type { Database } from '../../db/database.js';
import type { EmailMessages, EmailSettings } from '../../db/schema.generated.js';
import type { Tx } from '../../db/tenant.js';
import { DEFAULT_TEMPLATES } from './default-templates.js';

export type EmailSettingsRow = Selectable<EmailSettings>;
export type EmailMessageRow = Selectable<EmailMessages>;

// --- Settings, texts and automatic attachments ---

export const findSettings = (trx: Tx, organizationId: string) =>
  trx
    .selectFrom('email_settings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();

/** Creates or replaces the company's settings (only the columns given change). */
export async function upsertSettings(
  trx: Tx,
  organizationId: string,
  values: Omit<Insertable<EmailSettings>, 'organization_id'>,
): Promise<void> {
  await trx
    .insertInto('email_settings')
    .values({ ...values, organization_id: organizationId })
    .onConflict((oc) => oc.column('organization_id').doUpdateSet(values))
    .execute();
}

/** The company's own text, or the built-in one. */
export async function findTemplate(
  trx: Tx,
  organizationId: string,
  kind: EmailTemplateKind,
  language: TagLanguage,
): Promise<{ subject: string; body: string; isDefault: boolean }> {
  const row = await trx
    .selectFrom('email_templates')
    .select(['subject', 'body'])
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .where('language', '=', language)
    .executeTakeFirst();
  return row
    ? { ...row, isDefault: false }
    : { ...DEFAULT_TEMPLATES[kind][language], isDefault: true };
}

export async function upsertTemplate(
  trx: Tx,
  organizationId: string,
  template: { kind: EmailTemplateKind; language: TagLanguage; subject: string; body: string },
  now: Date,
): Promise<void> {
  const values = { subject: template.subject, body: template.body, updated_at: now };
  await trx
    .insertInto('email_templates')
    .values({
      ...values,
      organization_id: organizationId,
      kind: template.kind,
      language: template.language,
    })
    .onConflict((oc) => oc.columns(['organization_id', 'kind', 'language']).doUpdateSet(values))
    .execute();
}

export async function deleteTemplate(
  trx: Tx,
  organizationId: string,
  kind: EmailTemplateKind,
  language: TagLanguage,
): Promise<void> {
  await trx
    .deleteFrom('email_templates')
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .where('language', '=', language)
    .execute();
}

export const findAttachments = (trx: Tx, organizationId: string, language?: TagLanguage) => {
  let query = trx
    .selectFrom('email_attachments')
    .selectAll()
    .where('organization_id', '=', organizationId);
  if (language) query = query.where('language', '=', language);
  return query.orderBy('language').orderBy('created_at').execute();
};

export async function countAttachments(
  trx: Tx,
  organizationId: string,
  language: TagLanguage,
): Promise<number> {
  const row = await trx
    .selectFrom('email_attachments')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('language', '=', language)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertAttachment(
  trx: Tx,
  organizationId: string,
  values: {
    id: string;
    language: TagLanguage;
    filename: string;
    storageKey: string;
    size: number;
    now: Date;
  },
): Promise<void> {
  await trx
    .insertInto('email_attachments')
    .values({
      organization_id: organizationId,
      id: values.id,
      language: values.language,
      filename: values.filename,
      storage_key: values.storageKey,
      size: values.size,
      created_at: values.now,
    })
    .execute();
}

/** Deletes an automatic attachment; its file's key and name, or undefined when unknown. */
export const deleteAttachment = (trx: Tx, organizationId: string, id: string) =>
  trx
    .deleteFrom('email_attachments')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returning(['storage_key', 'filename'])
    .executeTakeFirst();

export const findAttachmentFile = (trx: Tx, organizationId: string, id: string) =>
  trx
    .selectFrom('email_attachments')
    .select(['storage_key', 'filename'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

// --- The documents e-mails are about (read here; the documents module owns them) ---

/** What sending checks on a document: its type, status, language and customer. */
export const findMailDocument = (trx: Tx, organizationId: string, documentId: string) =>
  trx
    .selectFrom('documents')
    .select(['document_type', 'status', 'language', 'customer', 'deleted_at'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', documentId)
    .executeTakeFirst();

/** What a "payment received" message needs from its invoice. */
export const findPaymentInvoice = (trx: Tx, organizationId: string, invoiceId: string) =>
  trx
    .selectFrom('documents')
    .select(['language', 'currency', 'customer'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', invoiceId)
    .executeTakeFirst();

export const findDocumentNumber = (trx: Tx, organizationId: string, documentId: string) =>
  trx
    .selectFrom('documents')
    .select(['number_formatted', 'document_type'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', documentId)
    .executeTakeFirst();

/** The document's stored type and its customer's first contact person. */
export const findDocumentTypeAndContact = (trx: Tx, organizationId: string, documentId: string) =>
  trx
    .selectFrom('documents as d')
    .select((eb) => [
      'd.document_type',
      eb
        .selectFrom('contact_persons as p')
        .select('p.name')
        .whereRef('p.organization_id', '=', 'd.organization_id')
        .whereRef('p.contact_id', '=', 'd.contact_id')
        .orderBy('p.position')
        .limit(1)
        .as('contact_person'),
    ])
    .where('d.organization_id', '=', organizationId)
    .where('d.id', '=', documentId)
    .executeTakeFirst();

/** The latest document of a stored type: a numbered one first, a draft only when nothing else. */
export async function findLatestDocumentId(
  trx: Tx,
  organizationId: string,
  storedType: string,
): Promise<string | undefined> {
  const row = await trx
    .selectFrom('documents')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('document_type', '=', storedType)
    .where('deleted_at', 'is', null)
    .orderBy((eb) => eb.case().when('number', 'is', null).then(1).else(0).end())
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

/** E-mailed is sent: a finalised document moves on, as with "mark as sent". */
export async function markDocumentSent(
  trx: Tx,
  organizationId: string,
  documentId: string,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('documents')
    .set({ status: 'sent', sent_at: at, updated_at: at })
    .where('organization_id', '=', organizationId)
    .where('id', '=', documentId)
    .where('status', '=', 'finalized')
    .execute();
}

// --- Messages ---

export const findMessage = (trx: Tx, organizationId: string, id: string) =>
  trx
    .selectFrom('email_messages')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

export const insertMessage = (trx: Tx, values: Insertable<EmailMessages>) =>
  trx.insertInto('email_messages').values(values).returningAll().executeTakeFirstOrThrow();

/** Every e-mail of a document, newest first. */
export const listDocumentMessages = (trx: Tx, organizationId: string, documentId: string) =>
  trx
    .selectFrom('email_messages')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('document_id', '=', documentId)
    .orderBy('queued_at', 'desc')
    .orderBy('id', 'desc')
    .execute();

/**
 * Claims a message for sending: a queued one, or one whose claim is older than `staleBefore`
 * (its worker died). Undefined when it is sent, failed, gone or being sent by a live worker.
 */
export const claimMessage = (
  trx: Tx,
  organizationId: string,
  id: string,
  now: Date,
  staleBefore: Date,
) =>
  trx
    .updateTable('email_messages')
    .set((eb) => ({
      status: 'sending',
      claimed_at: now,
      attempts: eb('attempts', '+', 1),
      updated_at: now,
    }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb('status', '=', 'queued'),
        eb.and([eb('status', '=', 'sending'), eb('claimed_at', '<', staleBefore)]),
      ]),
    )
    .returningAll()
    .executeTakeFirst();

/** The worker's heartbeat: the claim stays fresh while the message is being sent. */
export async function touchClaim(
  trx: Tx,
  organizationId: string,
  id: string,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('email_messages')
    .set({ claimed_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** Any other change of one message (its Message-ID, its outcome). */
export async function updateMessage(
  trx: Tx,
  organizationId: string,
  id: string,
  values: Updateable<EmailMessages>,
): Promise<void> {
  await trx
    .updateTable('email_messages')
    .set(values)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

/** A failed message of this document queued again; undefined when there is none. */
export const requeueFailed = (
  trx: Tx,
  organizationId: string,
  documentId: string,
  id: string,
  now: Date,
) =>
  trx
    .updateTable('email_messages')
    .set({ status: 'queued', claimed_at: null, queued_at: now, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('document_id', '=', documentId)
    .where('status', '=', 'failed')
    .returningAll()
    .executeTakeFirst();

/**
 * Messages of every organization whose worker stopped touching the claim before `staleBefore`
 * (a platform query: the recovery runs outside any tenant).
 */
export const findStaleClaims = (db: Database, staleBefore: Date, limit: number) =>
  db
    .selectFrom('email_messages')
    .select(['organization_id', 'id', 'attempts'])
    .where('status', '=', 'sending')
    .where('claimed_at', '<', staleBefore)
    .orderBy('claimed_at')
    .limit(limit)
    .execute();

// --- The built-in mailbox ---

export async function listMailbox(
  trx: Tx,
  organizationId: string,
  kinds: readonly string[],
  page: { limit: number; offset: number },
): Promise<{ rows: EmailMessageRow[]; total: number }> {
  const base = trx
    .selectFrom('email_messages')
    .where('organization_id', '=', organizationId)
    .where('transport', '=', 'mailbox')
    .where('kind', 'in', kinds.length ? kinds : ['none']);
  const [rows, total] = await Promise.all([
    base
      .selectAll()
      .orderBy('queued_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.count) };
}

export const findMailboxMessage = (trx: Tx, organizationId: string, id: string) =>
  trx
    .selectFrom('email_messages')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('transport', '=', 'mailbox')
    .executeTakeFirst();
