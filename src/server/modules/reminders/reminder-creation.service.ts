import Big from 'big.js';
import type { Document, ReminderStepTexts, ReminderTexts } from '../../../contract/index.js';
import {
  consumerDamagesCap,
  customerKind,
  dueStep,
  latestDeadline,
  nextManualStep,
  plusDays,
  rateForDate,
  reminderAmounts,
  reminderDeadline,
} from '../../../core/reminders/index.js';
import {
  documentTagValues,
  formatAmount,
  formatDate,
  formatPercent,
  resolveTags,
  type TagValues,
} from '../../../core/tags/index.js';
import type { Deps } from '../../deps.js';
import type { Tx } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { todayInBelgium } from '../../platform/dates.js';
import { NotFound, InvalidState } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { notify } from '../notifications/index.js';
import type { ReminderMailer } from './reminder-delivery.js';
import { REMINDER_LABELS, reminderLanguage } from './reminder-labels.js';
import { REMINDERS_SEND_JOB } from './reminders.jobs.js';
import { money, pastOf, type Snapshot, type StoredTexts } from './reminders.mapper.js';
import {
  creditedAmount,
  findDocument,
  findDocumentBankAccount,
  findOrganizationLegalName,
  findReminder,
  insertReminderOnce,
  listRates,
  listReminders,
  listSteps,
  OPEN_STATUSES,
  paymentsOf,
  type DocumentRow,
  type ReminderRow,
} from './reminders.repository.js';

/** Who asks: the daily run, or a user's "send a reminder now" (with the channel they chose). */
export type ReminderMode =
  | { manual: false }
  | { manual: true; userId: string; ip: string | null; channel: 'email' | 'post' | undefined };
type Mode = ReminderMode;

/**
 * Making one reminder (DOMAIN §9), for the daily run and for "send now" alike.
 *
 * Never twice: a reminder is one row per (invoice, step) or per quote, written with ON CONFLICT
 * DO NOTHING under a lock on the document, in the same transaction as its notification and its
 * e-mail job.
 */
export function createReminderCreation(
  { jobs }: Pick<Deps, 'jobs'>,
  mailer: ReminderMailer | null,
) {
  /** The values of the tags in reminder texts: the document's, with the reminder's deadline and total. */
  async function tagValues(
    trx: Tx,
    organizationId: string,
    row: DocumentRow,
    language: 'fr' | 'nl' | 'en',
    override: { deadline: string | null; totalDue: string },
  ): Promise<TagValues> {
    const [legalName, account] = await Promise.all([
      findOrganizationLegalName(trx, organizationId),
      findDocumentBankAccount(trx, organizationId),
    ]);
    const customer = row.customer as Snapshot;
    // The invoice's own accounts, as issued: a reminder asks payment where the invoice did.
    const snapshot = row.seller_bank_accounts as Document['sellerBankAccounts'];
    const payTo = snapshot ? (snapshot[0] ?? null) : account;
    const values = documentTagValues({
      language,
      type: row.document_type === 'quote' ? 'quote' : 'invoice',
      numberFormatted: row.number_formatted,
      issueDate: row.issue_date,
      dueDate: row.due_date,
      validUntil: row.valid_until,
      currency: row.currency,
      totalExcl: money(row.total_excl),
      totalIncl: money(row.total_incl),
      openBalance: override.totalDue,
      structuredCommunication: row.structured_communication,
      settlementDiscount: null,
      customer: { name: customer.name, number: customer.reference, contactName: null },
      company: {
        name: legalName,
        iban: payTo?.iban ?? null,
        bic: payTo?.bic ?? null,
      },
      link: null,
    });
    return { ...values, ...overrides(language, override) };
  }

  /** The tags whose value a reminder changes: the new deadline and the total it claims. */
  function overrides(
    language: 'fr' | 'nl' | 'en',
    override: { deadline: string | null; totalDue: string },
  ): Record<string, string> {
    return {
      total_amount_to_be_paid: override.totalDue,
      ...(override.deadline && { expiration_date: formatDate(override.deadline, language) }),
    };
  }

  const canEmail = (row: DocumentRow) => Boolean(mailer && (row.customer as Snapshot).email);

  function channelFor(row: DocumentRow, mode: Mode): 'email' | 'post' {
    if (mode.manual && mode.channel === 'post') return 'post';
    if (mode.manual && mode.channel === 'email' && !canEmail(row))
      throw InvalidState('error.reminderNoEmail');
    return canEmail(row) ? 'email' : 'post';
  }

  /**
   * Reminds one invoice if a step is due (automatic) or left (manual), in the caller's
   * transaction, under a lock on the invoice. Returns the new reminder, or null when there is
   * nothing to do or another run already did it.
   */
  async function remindInvoice(
    trx: Tx,
    organizationId: string,
    documentId: string,
    now: Date,
    mode: Mode,
  ): Promise<ReminderRow | null> {
    const refuse = (
      key: 'error.reminderNotOpen' | 'error.reminderNoStepLeft' | 'error.reminderNoSteps',
    ) => {
      if (mode.manual) throw InvalidState(key);
      return null;
    };
    const today = todayInBelgium(now);
    const row = await findDocument(trx, organizationId, documentId, true);
    if (!row || row.document_type !== 'invoice') {
      if (mode.manual) throw NotFound();
      return null;
    }
    if (
      row.deleted_at ||
      !(OPEN_STATUSES as readonly string[]).includes(row.status) ||
      !row.due_date
    )
      return refuse('error.reminderNotOpen');
    if (!mode.manual && !row.automatic_reminders) return null;
    const credited = await creditedAmount(trx, organizationId, documentId);
    const openBalance = new Big(row.total_incl).minus(row.amount_paid).minus(credited);
    if (openBalance.lte(0)) return refuse('error.reminderNotOpen');
    const steps = await listSteps(trx, organizationId);
    if (steps.length === 0) return refuse('error.reminderNoSteps');
    const existing = (await listReminders(trx, organizationId, documentId)).filter(
      (reminder) => reminder.kind === 'invoice',
    );
    const customer = row.customer as Snapshot;
    const kind = customerKind(customer);
    const past = pastOf(existing, row.due_date);
    const schedule = steps.map((step) => ({ id: step.id, daysAfterDue: step.days_after_due }));
    const index = mode.manual
      ? nextManualStep(schedule, past)
      : dueStep({ steps: schedule, dueDate: row.due_date, today, sent: past, kind });
    const step = index === null ? undefined : steps[index];
    if (index === null || !step) return refuse('error.reminderNoStepLeft');

    const channel = channelFor(row, mode);
    const isFirst = existing.length === 0;
    const deadline = reminderDeadline({
      date: today,
      termDays: step.payment_term_days,
      kind,
      isFirst,
      channel,
      promised: latestDeadline(past),
    });
    const rates = await listRates(trx, organizationId);
    const amounts = reminderAmounts({
      kind,
      isFirst,
      dueDate: row.due_date,
      date: today,
      currency: row.currency,
      eurPerUnit: row.exchange_rate,
      openBalance: openBalance.toFixed(2),
      payments: await paymentsOf(trx, organizationId, documentId),
      step: {
        addInterest: step.add_interest,
        addIndemnity: step.add_indemnity,
        addDamages: step.add_damages,
      },
      claimed: {
        addInterest: existing.some((r) => new Big(r.interest).gt(0)),
        addIndemnity: existing.some((r) => new Big(r.indemnity).gt(0)),
        addDamages: existing.some((r) => new Big(r.damages).gt(0)),
      },
      consumerGraceUntil: existing[0]?.new_due_date ?? null,
      rates,
    });

    const language = reminderLanguage(row.language);
    const template = (step.texts as ReminderStepTexts)[language];
    const override = { deadline, totalDue: formatAmount(amounts.totalDue, language, row.currency) };
    const values = await tagValues(trx, organizationId, row, language, override);
    // A consumer's first reminder says what may follow if the deadline passes (art. XIX.2).
    let legal: string | null = null;
    if (kind === 'b2c' && isFirst) {
      const later = steps.slice(index + 1);
      const damages = later.some((s) => s.add_damages)
        ? formatAmount(consumerDamagesCap(openBalance.toFixed(2)), language, 'EUR')
        : null;
      const rate = later.some((s) => s.add_interest)
        ? rateForDate(plusDays(deadline, 1), rates)
        : null;
      legal = REMINDER_LABELS[language].consumerFirst(
        formatDate(deadline, language),
        damages,
        rate ? formatPercent(rate, language) : null,
      );
    }
    const texts: StoredTexts = {
      subject: resolveTags(template.subject, values, language),
      body: resolveTags(template.body, values, language),
      bottom: resolveTags(template.bottom, values, language),
      legal,
      template: { subject: template.subject, body: template.body },
      tags: overrides(language, override),
    };
    const id = newId();
    const inserted = await insertReminderOnce(trx, organizationId, {
      id,
      kind: 'invoice',
      document_id: documentId,
      step_id: step.id,
      step_name: step.name,
      sequence: existing.length + 1,
      manual: mode.manual,
      reminder_date: today,
      customer_kind: kind,
      channel,
      status: 'created',
      email_to: channel === 'email' ? customer.email : null,
      language,
      currency: row.currency,
      amount_paid: money(row.amount_paid),
      credited: money(credited),
      open_balance: amounts.openBalance,
      interest: amounts.interest.total,
      interest_periods: JSON.stringify(amounts.interest.periods),
      indemnity: amounts.indemnity,
      damages: amounts.damages,
      total_due: amounts.totalDue,
      new_due_date: deadline,
      texts: JSON.stringify(texts),
      error: null,
      created_by: mode.manual ? mode.userId : null,
      created_at: now,
      sent_at: null,
      updated_at: now,
    });
    if (!inserted) {
      if (mode.manual) throw InvalidState('error.reminderNoStepLeft');
      return null;
    }
    await afterInsert(trx, organizationId, row, id, channel, now, mode);
    return (await findReminder(trx, organizationId, id)) ?? null;
  }

  /** The notification, the audit row and the e-mail job, in the reminder's transaction. */
  async function afterInsert(
    trx: Tx,
    organizationId: string,
    row: DocumentRow,
    reminderId: string,
    channel: 'email' | 'post',
    now: Date,
    mode: Mode,
  ) {
    const path = row.document_type === 'quote' ? 'quotes' : 'invoices';
    await notify(
      trx,
      organizationId,
      'reminderCreated',
      { number: row.number_formatted ?? '', customer: (row.customer as Snapshot).name },
      { link: `/${path}/${row.id}`, at: now },
    );
    await writeAudit(trx, {
      organizationId,
      userId: mode.manual ? mode.userId : null,
      action: 'reminder.created',
      entityType: 'document',
      entityId: row.id,
      data: { reminder: reminderId, channel, manual: mode.manual },
      ip: mode.manual ? mode.ip : null,
      at: now,
    });
    if (channel === 'email')
      await jobs.enqueue(
        trx,
        REMINDERS_SEND_JOB,
        { organizationId, reminderId },
        { singletonKey: reminderId },
      );
  }

  /** A sent quote whose reminder day has come: one e-mail before it expires, once. */
  async function remindQuote(
    trx: Tx,
    organizationId: string,
    documentId: string,
    now: Date,
    daysBefore: number,
    quoteTexts: ReminderTexts,
  ): Promise<ReminderRow | null> {
    const today = todayInBelgium(now);
    const row = await findDocument(trx, organizationId, documentId, true);
    if (
      !row ||
      row.document_type !== 'quote' ||
      row.status !== 'sent' ||
      row.deleted_at ||
      !row.automatic_reminders ||
      !row.valid_until ||
      row.valid_until < today ||
      plusDays(row.valid_until, -daysBefore) > today
    )
      return null;
    const language = reminderLanguage(row.language);
    const total = money(row.total_incl);
    const override = {
      deadline: row.valid_until,
      totalDue: formatAmount(total, language, row.currency),
    };
    const values = await tagValues(trx, organizationId, row, language, override);
    const template = quoteTexts[language];
    const channel = canEmail(row) ? 'email' : 'post';
    const texts: StoredTexts = {
      subject: resolveTags(template.subject, values, language),
      body: resolveTags(template.body, values, language),
      bottom: '',
      legal: null,
      template,
      tags: overrides(language, override),
    };
    const id = newId();
    const inserted = await insertReminderOnce(trx, organizationId, {
      id,
      kind: 'quote',
      document_id: documentId,
      step_id: null,
      step_name: REMINDER_LABELS[language].quoteStep,
      sequence: 1,
      manual: false,
      reminder_date: today,
      customer_kind: customerKind(row.customer as Snapshot),
      channel,
      status: 'created',
      email_to: channel === 'email' ? (row.customer as Snapshot).email : null,
      language,
      currency: row.currency,
      amount_paid: '0',
      credited: '0',
      open_balance: total,
      interest: '0',
      interest_periods: '[]',
      indemnity: '0',
      damages: '0',
      total_due: total,
      new_due_date: null,
      texts: JSON.stringify(texts),
      error: null,
      created_by: null,
      created_at: now,
      sent_at: null,
      updated_at: now,
    });
    if (!inserted) return null;
    await afterInsert(trx, organizationId, row, id, channel, now, { manual: false });
    return (await findReminder(trx, organizationId, id)) ?? null;
  }

  return { remindInvoice, remindQuote };
}

export type ReminderCreation = ReturnType<typeof createReminderCreation>;
