import { sql, type Insertable, type Selectable } from 'kysely';
import type { ReferenceRate } from '../../../core/reminders/index.js';
import { DEFAULT_REFERENCE_RATES } from '../../../core/reminders/index.js';
import type { Database } from '../../db/database.js';
import type { Tx } from '../../db/tenant.js';
import type {
  Documents,
  ReminderSettings,
  ReminderSteps,
  Reminders,
} from '../../db/schema.generated.js';
import { newId } from '../../platform/ids.js';
import { DEFAULT_QUOTE_TEXTS, DEFAULT_STEPS } from './default-sequence.js';
import { appIsOn } from '../apps/index.js';

export type SettingsRow = Selectable<ReminderSettings>;
export type StepRow = Selectable<ReminderSteps>;
export type ReminderRow = Selectable<Reminders>;
export type NewReminder = Omit<Insertable<Reminders>, 'organization_id'>;
export type DocumentRow = Selectable<Documents>;

/** Invoices the daily job may remind: finalised, not (fully) paid, not deleted. */
export const OPEN_STATUSES = ['finalized', 'sent', 'partiallyPaid'] as const;

/** A new organization's reminder settings (off), default sequence and legal rates. */
export async function createDefaultReminders(
  trx: Tx,
  organizationId: string,
  language: 'fr' | 'nl' | 'en',
  now: Date,
): Promise<void> {
  await trx
    .insertInto('reminder_settings')
    .values({
      organization_id: organizationId,
      enabled: false,
      quote_days_before: null,
      quote_texts: JSON.stringify(DEFAULT_QUOTE_TEXTS),
      updated_at: now,
    })
    .execute();
  await trx
    .insertInto('reminder_steps')
    .values(
      DEFAULT_STEPS.map((step, position) => ({
        organization_id: organizationId,
        id: newId(),
        position,
        name: step.name[language],
        days_after_due: step.daysAfterDue,
        payment_term_days: step.paymentTermDays,
        add_interest: step.addInterest,
        add_indemnity: step.addIndemnity,
        add_damages: step.addDamages,
        texts: JSON.stringify(step.texts),
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  await trx
    .insertInto('reference_rates')
    .values(
      DEFAULT_REFERENCE_RATES.map((rate) => ({
        organization_id: organizationId,
        year: rate.year,
        semester: rate.semester,
        rate_percent: rate.ratePercent,
        updated_at: now,
      })),
    )
    .execute();
}

export async function findSettings(trx: Tx, organizationId: string) {
  return trx
    .selectFrom('reminder_settings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
}

/** The active steps, in sequence order. */
export async function listSteps(trx: Tx, organizationId: string): Promise<StepRow[]> {
  return trx
    .selectFrom('reminder_steps')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('archived_at', 'is', null)
    .orderBy('position')
    .execute();
}

export async function listRates(trx: Tx, organizationId: string): Promise<ReferenceRate[]> {
  const rows = await trx
    .selectFrom('reference_rates')
    .select(['year', 'semester', 'rate_percent'])
    .where('organization_id', '=', organizationId)
    .orderBy('year')
    .orderBy('semester')
    .execute();
  return rows.map((row) => ({
    year: row.year,
    semester: row.semester === 1 ? 1 : 2,
    ratePercent: String(Number(row.rate_percent)),
  }));
}

export async function listReminders(
  trx: Tx,
  organizationId: string,
  documentId: string,
): Promise<ReminderRow[]> {
  return trx
    .selectFrom('reminders')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('document_id', '=', documentId)
    .orderBy('sequence')
    .execute();
}

export async function findReminder(trx: Tx, organizationId: string, id: string) {
  return trx
    .selectFrom('reminders')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Writes a reminder unless one already exists for this document and step (or this quote):
 * the unique constraints decide, so a second run, a concurrent run or a retry after a crash
 * never reminds twice. Returns whether this call wrote it.
 */
export async function insertReminderOnce(
  trx: Tx,
  organizationId: string,
  reminder: NewReminder,
): Promise<boolean> {
  const result = await trx
    .insertInto('reminders')
    .values({ ...reminder, organization_id: organizationId })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}

/** Credit notes finalised against an invoice reduce what the customer still owes. */
export async function creditedAmount(
  trx: Tx,
  organizationId: string,
  invoiceId: string,
): Promise<string> {
  const row = await trx
    .selectFrom('documents')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('total_incl'), sql<string>`0`).as('total'))
    .where('organization_id', '=', organizationId)
    .where('source_document_id', '=', invoiceId)
    .where('document_type', '=', 'credit_note')
    .where('status', '!=', 'draft')
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return String(row.total);
}

export async function paymentsOf(trx: Tx, organizationId: string, documentId: string) {
  const rows = await trx
    .selectFrom('payments')
    .select(['payment_date', 'amount'])
    .where('organization_id', '=', organizationId)
    .where('document_id', '=', documentId)
    .execute();
  return rows.map((row) => ({ date: row.payment_date, amount: String(row.amount) }));
}

/**
 * Organizations the daily job visits: automatic invoice reminders on, or quote reminders set.
 * A platform query (it spans organizations); each organization's work then runs in its tenant.
 */
export async function organizationsToVisit(db: Database): Promise<string[]> {
  const rows = await db
    .selectFrom('reminder_settings')
    .select('organization_id')
    .where((eb) => eb.or([eb('enabled', '=', true), eb('quote_days_before', 'is not', null)]))
    .where(appIsOn('reminders', 'reminder_settings.organization_id'))
    .orderBy('organization_id')
    .execute();
  return rows.map((row) => row.organization_id);
}

/**
 * Overdue open invoices with the switch on, with the steps they already received: one query
 * (a join, not a list of ids, so a company with thousands of overdue invoices is one round trip).
 */
export async function overdueInvoices(trx: Tx, organizationId: string, today: string) {
  const rows = await trx
    .selectFrom('documents as d')
    .leftJoin('reminders as r', (join) =>
      join
        .onRef('r.organization_id', '=', 'd.organization_id')
        .onRef('r.document_id', '=', 'd.id')
        .on('r.kind', '=', 'invoice'),
    )
    .select(['d.id', 'd.due_date', 'd.customer', 'r.step_id', 'r.new_due_date'])
    .where('d.organization_id', '=', organizationId)
    .where('d.document_type', '=', 'invoice')
    .where('d.status', 'in', OPEN_STATUSES)
    .where('d.deleted_at', 'is', null)
    .where('d.automatic_reminders', '=', true)
    .where('d.due_date', '<', today)
    .orderBy('d.due_date')
    .orderBy('d.id')
    .execute();
  const invoices = new Map<
    string,
    {
      id: string;
      dueDate: string;
      customer: { vatNumber?: string | null; enterpriseNumber?: string | null };
      sent: { stepId: string | null; deadline: string }[];
    }
  >();
  for (const row of rows) {
    const dueDate = row.due_date ?? today;
    let invoice = invoices.get(row.id);
    if (!invoice) {
      invoice = {
        id: row.id,
        dueDate,
        customer: row.customer as { vatNumber?: string | null; enterpriseNumber?: string | null },
        sent: [],
      };
      invoices.set(row.id, invoice);
    }
    if (row.step_id !== null || row.new_due_date !== null)
      invoice.sent.push({ stepId: row.step_id, deadline: row.new_due_date ?? dueDate });
  }
  return [...invoices.values()];
}

/** Sent quotes whose reminder day has come, still valid, not reminded yet. */
export async function quotesToRemind(
  trx: Tx,
  organizationId: string,
  today: string,
  lastDay: string,
) {
  const rows = await trx
    .selectFrom('documents as d')
    .select('d.id')
    .where('d.organization_id', '=', organizationId)
    .where('d.document_type', '=', 'quote')
    .where('d.status', '=', 'sent')
    .where('d.deleted_at', 'is', null)
    .where('d.automatic_reminders', '=', true)
    .where('d.valid_until', '>=', today)
    .where('d.valid_until', '<=', lastDay)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('reminders as r')
            .select('r.id')
            .whereRef('r.organization_id', '=', 'd.organization_id')
            .whereRef('r.document_id', '=', 'd.id'),
        ),
      ),
    )
    .execute();
  return rows.map((row) => row.id);
}

/** A document as stored; `lock` holds it until the transaction ends (one reminder at a time). */
export async function findDocument(
  trx: Tx,
  organizationId: string,
  id: string,
  lock = false,
): Promise<DocumentRow | undefined> {
  let query = trx
    .selectFrom('documents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function setAutomaticReminders(
  trx: Tx,
  organizationId: string,
  id: string,
  enabled: boolean,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('documents')
    .set({ automatic_reminders: enabled, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function findOrganizationLegalName(trx: Tx, organizationId: string): Promise<string> {
  const row = await trx
    .selectFrom('organizations')
    .select('legal_name')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return row.legal_name;
}

/** The bank account printed on documents first (the default, then by position). */
export async function findDocumentBankAccount(trx: Tx, organizationId: string) {
  return trx
    .selectFrom('payment_accounts')
    .select(['iban', 'bic'])
    .where('organization_id', '=', organizationId)
    .where('kind', '=', 'bank')
    .where('on_documents', '=', true)
    .orderBy('is_default', 'desc')
    .orderBy('position')
    .executeTakeFirst();
}

/** Locks a reminder still waiting to be sent; undefined when it was sent (or failed) meanwhile. */
export async function lockCreatedReminder(trx: Tx, organizationId: string, id: string) {
  return trx
    .selectFrom('reminders')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('status', '=', 'created')
    .forUpdate()
    .executeTakeFirst();
}

export async function markReminderSent(
  trx: Tx,
  organizationId: string,
  id: string,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('reminders')
    .set({ status: 'sent', sent_at: now, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

/** Marks a reminder failed with its reason, unless it left meanwhile. */
export async function markReminderFailed(
  trx: Tx,
  organizationId: string,
  id: string,
  error: string,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('reminders')
    .set({ status: 'failed', error, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('status', '=', 'created')
    .execute();
}
