import Big from 'big.js';
import type { Selectable } from 'kysely';
import type {
  Document,
  DocumentReminders,
  Reminder,
  ReminderStepTexts,
  ReminderTexts,
  SendReminderRequest,
} from '../../../contract/index.js';
import {
  consumerDamagesCap,
  customerKind,
  dueStep,
  laterOf,
  latestDeadline,
  nextManualStep,
  plusDays,
  rateForDate,
  reminderAmounts,
  reminderDeadline,
  stepDate,
} from '../../../core/reminders/index.js';
import {
  documentTagValues,
  formatAmount,
  formatDate,
  formatPercent,
  resolveTags,
  type TagValues,
} from '../../../core/tags/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { Documents } from '../../db/schema.generated.js';
import { writeAudit } from '../../platform/audit.js';
import { todayInBelgium } from '../../platform/dates.js';
import { NotFound, InvalidState } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { LayoutService } from '../documents/index.js';
import type { DocumentsService } from '../documents/index.js';
import { notify } from '../notifications/index.js';
import type { OrganizationsService } from '../organizations/index.js';
import { REMINDER_LABELS, reminderLanguage } from './reminder-labels.js';
import {
  createReminderDelivery,
  REMINDERS_SEND_JOB,
  type ReminderMailer,
} from './reminder-delivery.js';
import {
  money,
  pastOf,
  toReminder,
  toStep,
  type Snapshot,
  type StoredTexts,
} from './reminders.mapper.js';
import {
  creditedAmount,
  findReminder,
  findSettings,
  insertReminderOnce,
  listRates,
  listReminders,
  listSteps,
  OPEN_STATUSES,
  organizationsToVisit,
  overdueInvoices,
  paymentsOf,
  quotesToRemind,
  type ReminderRow,
} from './reminders.repository.js';

export const REMINDERS_RUN_JOB = 'reminders.run';
/** The daily run: 07:00 in Belgium, summer and winter time alike (pg-boss cron, Europe/Brussels). */
export const REMINDERS_RUN_CRON = '0 7 * * *';

type DocumentRow = Selectable<Documents>;
type Mode =
  | { manual: false }
  | { manual: true; userId: string; ip: string | null; channel: 'email' | 'post' | undefined };

/**
 * Reminders (DOMAIN §9): the sequence settings, the daily job that reminds overdue invoices and
 * quotes about to expire, reminders on request, their PDF and their e-mail.
 *
 * Never twice: a reminder is one row per (invoice, step) or per quote, written with ON CONFLICT
 * DO NOTHING under a lock on the document, in the same transaction as its notification and its
 * e-mail job. A run that dies half-way leaves either everything or nothing; the next run
 * finishes the job, and a second run at once finds the rows and does nothing.
 */
export function createRemindersService(
  deps: Deps,
  services: {
    documents: DocumentsService;
    organizations: OrganizationsService;
    layouts: LayoutService;
    mailer?: ReminderMailer | null;
  },
) {
  const { db, clock, jobs } = deps;
  const mailer = services.mailer ?? null;
  const delivery = createReminderDelivery(deps, { ...services, mailer });

  async function lockedDocument(trx: Tx, organizationId: string, id: string) {
    return trx
      .selectFrom('documents')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
  }

  /** The values of the tags in reminder texts: the document's, with the reminder's deadline and total. */
  async function tagValues(
    trx: Tx,
    organizationId: string,
    row: DocumentRow,
    language: 'fr' | 'nl' | 'en',
    override: { deadline: string | null; totalDue: string },
  ): Promise<TagValues> {
    const [organization, account] = await Promise.all([
      trx
        .selectFrom('organizations')
        .select('legal_name')
        .where('id', '=', organizationId)
        .executeTakeFirstOrThrow(),
      trx
        .selectFrom('payment_accounts')
        .select(['iban', 'bic'])
        .where('organization_id', '=', organizationId)
        .where('kind', '=', 'bank')
        .where('on_documents', '=', true)
        .orderBy('is_default', 'desc')
        .orderBy('position')
        .executeTakeFirst(),
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
        name: organization.legal_name,
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
    const row = await lockedDocument(trx, organizationId, documentId);
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
    const row = await lockedDocument(trx, organizationId, documentId);
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

  /**
   * One organization's daily work. Which invoices need a reminder is decided once from a
   * snapshot; each reminder is then made in its own transaction, re-checked under a lock.
   */
  async function runOrganization(organizationId: string, now: Date): Promise<number> {
    const today = todayInBelgium(now);
    const plan = await withTenant(db, organizationId, async (trx) => {
      const settings = await findSettings(trx, organizationId);
      if (!settings) return { invoices: [], quotes: [], settings };
      let invoices: string[] = [];
      if (settings.enabled) {
        const steps = (await listSteps(trx, organizationId)).map((step) => ({
          id: step.id,
          daysAfterDue: step.days_after_due,
        }));
        invoices = (await overdueInvoices(trx, organizationId, today))
          .filter(
            (invoice) =>
              dueStep({
                steps,
                dueDate: invoice.dueDate,
                today,
                sent: invoice.sent,
                kind: customerKind(invoice.customer),
              }) !== null,
          )
          .map((invoice) => invoice.id);
      }
      const quotes =
        settings.quote_days_before === null
          ? []
          : await quotesToRemind(
              trx,
              organizationId,
              today,
              plusDays(today, settings.quote_days_before),
            );
      return { invoices, quotes, settings };
    });
    let created = 0;
    for (const id of plan.invoices) {
      const made = await withTenant(db, organizationId, (trx) =>
        remindInvoice(trx, organizationId, id, now, { manual: false }),
      );
      if (made) created += 1;
    }
    const settings = plan.settings;
    if (settings?.quote_days_before)
      for (const id of plan.quotes) {
        const made = await withTenant(db, organizationId, (trx) =>
          remindQuote(
            trx,
            organizationId,
            id,
            now,
            settings.quote_days_before ?? 0,
            settings.quote_texts as ReminderTexts,
          ),
        );
        if (made) created += 1;
      }
    return created;
  }

  /**
   * The daily job: every organization that wants reminders, one after the other. A failing
   * organization does not stop the others; the job then fails and is retried, which only does
   * what is still missing.
   */
  async function runDue(now: Date): Promise<number> {
    let created = 0;
    let failure: unknown = null;
    for (const organizationId of await organizationsToVisit(db)) {
      try {
        created += await runOrganization(organizationId, now);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure) throw failure;
    return created;
  }

  jobs.define(REMINDERS_RUN_JOB, { retryLimit: 3, retryDelay: 300 }, async () => {
    await runDue(clock.now());
  });
  jobs.schedule(REMINDERS_RUN_JOB, REMINDERS_RUN_CRON, {});

  async function documentReminders(
    trx: Tx,
    organizationId: string,
    type: 'invoice' | 'quote',
    id: string,
  ): Promise<DocumentReminders> {
    const row = await trx
      .selectFrom('documents')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || row.document_type !== type) throw NotFound();
    const [settings, steps, reminders, credited] = await Promise.all([
      findSettings(trx, organizationId),
      listSteps(trx, organizationId),
      listReminders(trx, organizationId, id),
      type === 'invoice' ? creditedAmount(trx, organizationId, id) : Promise.resolve('0'),
    ]);
    const kind = customerKind(row.customer as Snapshot);
    const open =
      type === 'invoice' &&
      !row.deleted_at &&
      (OPEN_STATUSES as readonly string[]).includes(row.status) &&
      row.due_date !== null &&
      new Big(row.total_incl).minus(row.amount_paid).minus(credited).gt(0);
    let next: DocumentReminders['next'] = null;
    let canSendNow = false;
    if (open && row.due_date) {
      const past = pastOf(reminders, row.due_date);
      const schedule = steps.map((step) => ({ id: step.id, daysAfterDue: step.days_after_due }));
      canSendNow = nextManualStep(schedule, past) !== null;
      // The step the daily job will reach next: the one after the last sent (for a consumer
      // without any reminder yet, the first), on its day or after the last deadline.
      const index = past.length === 0 && kind === 'b2c' ? 0 : nextManualStep(schedule, past);
      const step = index === null ? undefined : steps[index];
      if (step) {
        const lastDeadline = past.reduce<string | null>(
          (latest, r) => (latest ? laterOf(latest, r.deadline) : r.deadline),
          null,
        );
        const date = lastDeadline
          ? laterOf(stepDate(row.due_date, toStep(step)), plusDays(lastDeadline, 1))
          : stepDate(row.due_date, toStep(step));
        next = { stepName: step.name, date: laterOf(date, plusDays(row.due_date, 1)) };
      }
    }
    return {
      automaticReminders: row.automatic_reminders,
      organizationEnabled: settings?.enabled ?? false,
      customerKind: kind,
      next,
      canSendNow,
      items: reminders.map(toReminder),
    };
  }

  return {
    runDue,

    /** The daily run for one company, now (same keys: nothing is made twice). */
    runOrganization: (organizationId: string) => runOrganization(organizationId, clock.now()),

    forDocument: (organizationId: string, type: 'invoice' | 'quote', id: string) =>
      withTenant(db, organizationId, (trx) => documentReminders(trx, organizationId, type, id)),

    /** The invoice's automatic-reminders switch, at any time (a paid or sent invoice too). */
    setAutomatic: (actor: Actor, type: 'invoice' | 'quote', id: string, enabled: boolean) =>
      withTenant(db, actor.organizationId, async (trx) => {
        const row = await lockedDocument(trx, actor.organizationId, id);
        if (!row || row.document_type !== type) throw NotFound();
        const now = clock.now();
        await trx
          .updateTable('documents')
          .set({ automatic_reminders: enabled, updated_at: now })
          .where('organization_id', '=', actor.organizationId)
          .where('id', '=', id)
          .execute();
        await writeAudit(trx, {
          ...actor,
          action: 'document.automaticReminders',
          entityType: 'document',
          entityId: id,
          data: { enabled },
          at: now,
        });
        return documentReminders(trx, actor.organizationId, type, id);
      }),

    /** "Send a reminder now": the next step of the sequence, today, whatever its day. */
    sendNow: async (
      actor: Actor,
      invoiceId: string,
      request: SendReminderRequest,
    ): Promise<Reminder> => {
      const row = await withTenant(db, actor.organizationId, (trx) =>
        remindInvoice(trx, actor.organizationId, invoiceId, clock.now(), {
          manual: true,
          userId: actor.userId,
          ip: actor.ip,
          channel: request.channel,
        }),
      );
      if (!row) throw InvalidState('error.reminderNoStepLeft');
      return toReminder(row);
    },

    async pdf(organizationId: string, id: string) {
      const row = await withTenant(db, organizationId, (trx) =>
        findReminder(trx, organizationId, id),
      );
      if (!row || row.kind !== 'invoice') throw NotFound();
      return delivery.renderPdf(organizationId, row);
    },
  };
}

export type RemindersService = ReturnType<typeof createRemindersService>;
