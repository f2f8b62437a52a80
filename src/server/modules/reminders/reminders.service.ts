import Big from 'big.js';
import type { DocumentReminders, Reminder, SendReminderRequest } from '../../../contract/index.js';
import {
  customerKind,
  laterOf,
  nextManualStep,
  plusDays,
  stepDate,
} from '../../../core/reminders/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { NotFound, InvalidState } from '../../platform/errors.js';
import type { LayoutService } from '../documents/index.js';
import type { DocumentsService } from '../documents/index.js';
import type { OrganizationsService } from '../organizations/index.js';
import { createReminderCreation } from './reminder-creation.service.js';
import { createReminderDelivery, type ReminderMailer } from './reminder-delivery.js';
import { createReminderRun } from './reminder-run.service.js';
import { registerReminderJobs } from './reminders.jobs.js';
import { pastOf, toReminder, toStep, type Snapshot } from './reminders.mapper.js';
import {
  creditedAmount,
  findDocument,
  findReminder,
  findSettings,
  listReminders,
  listSteps,
  OPEN_STATUSES,
  setAutomaticReminders,
} from './reminders.repository.js';

/**
 * Reminders (DOMAIN §9): an invoice's reminders and its switch, "send a reminder now" and the
 * reminder's PDF; the daily run (reminder-run.service.ts) and the making of one reminder
 * (reminder-creation.service.ts) are wired here, their jobs in reminders.jobs.ts.
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
  const { db, clock } = deps;
  const mailer = services.mailer ?? null;
  const delivery = createReminderDelivery(deps, { ...services, mailer });
  const creation = createReminderCreation(deps, mailer);
  const run = createReminderRun(deps, creation);
  registerReminderJobs(deps, { run, delivery });

  async function documentReminders(
    trx: Tx,
    organizationId: string,
    type: 'invoice' | 'quote',
    id: string,
  ): Promise<DocumentReminders> {
    const row = await findDocument(trx, organizationId, id);
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
    runDue: run.runDue,

    /** The daily run for one company, now (same keys: nothing is made twice). */
    runOrganization: (organizationId: string) => run.runOrganization(organizationId, clock.now()),

    forDocument: (organizationId: string, type: 'invoice' | 'quote', id: string) =>
      withTenant(db, organizationId, (trx) => documentReminders(trx, organizationId, type, id)),

    /** The invoice's automatic-reminders switch, at any time (a paid or sent invoice too). */
    setAutomatic: (actor: Actor, type: 'invoice' | 'quote', id: string, enabled: boolean) =>
      withTenant(db, actor.organizationId, async (trx) => {
        const row = await findDocument(trx, actor.organizationId, id, true);
        if (!row || row.document_type !== type) throw NotFound();
        const now = clock.now();
        await setAutomaticReminders(trx, actor.organizationId, id, enabled, now);
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
        creation.remindInvoice(trx, actor.organizationId, invoiceId, clock.now(), {
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
