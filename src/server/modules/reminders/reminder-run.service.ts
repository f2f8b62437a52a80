import type { ReminderTexts } from '../../../contract/index.js';
import { customerKind, dueStep, plusDays } from '../../../core/reminders/index.js';
import type { Deps } from '../../deps.js';
import { withTenant } from '../../db/tenant.js';
import { todayInBelgium } from '../../platform/dates.js';
import type { ReminderCreation } from './reminder-creation.service.js';
import {
  findSettings,
  listSteps,
  organizationsToVisit,
  overdueInvoices,
  quotesToRemind,
} from './reminders.repository.js';

/**
 * The daily reminder run: overdue invoices and quotes about to expire. A run that dies half-way
 * leaves each reminder either made or not; the next run finishes the job, and a second run at
 * once finds the rows and does nothing.
 */
export function createReminderRun({ db }: Pick<Deps, 'db'>, creation: ReminderCreation) {
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
        creation.remindInvoice(trx, organizationId, id, now, { manual: false }),
      );
      if (made) created += 1;
    }
    const settings = plan.settings;
    if (settings?.quote_days_before)
      for (const id of plan.quotes) {
        const made = await withTenant(db, organizationId, (trx) =>
          creation.remindQuote(
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

  return { runOrganization, runDue };
}

export type ReminderRun = ReturnType<typeof createReminderRun>;
