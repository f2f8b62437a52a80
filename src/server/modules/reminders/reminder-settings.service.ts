import type { z } from 'zod';
import type {
  ReminderSettings,
  ReminderTexts,
  reminderSettingsRequestSchema,
} from '../../../contract/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { NotFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { toStep } from './reminders.mapper.js';
import {
  archiveStep,
  insertStep,
  replaceRates,
  updateStep,
  upsertSettings,
} from './reminder-settings.repository.js';
import { findSettings, listRates, listSteps } from './reminders.repository.js';

type SettingsInput = z.output<typeof reminderSettingsRequestSchema>;

/** When the daily job runs, in Belgium (the cron is `REMINDERS_RUN_CRON`). */
export const REMINDERS_RUN_TIME = '07:00';

/** Settings → Reminders: the switch, the sequence of steps, quote reminders, the legal rates. */
export function createReminderSettingsService(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  options: { emailAvailable: boolean },
) {
  async function loadSettings(trx: Tx, organizationId: string): Promise<ReminderSettings> {
    const [settings, steps, rates] = await Promise.all([
      findSettings(trx, organizationId),
      listSteps(trx, organizationId),
      listRates(trx, organizationId),
    ]);
    if (!settings) throw NotFound();
    return {
      enabled: settings.enabled,
      quoteDaysBefore: settings.quote_days_before,
      quoteTexts: settings.quote_texts as ReminderTexts,
      steps: steps.map(toStep),
      rates,
      runsAt: REMINDERS_RUN_TIME,
      emailAvailable: options.emailAvailable,
    };
  }

  return {
    get: (organizationId: string) =>
      withTenant(db, organizationId, (trx) => loadSettings(trx, organizationId)),

    /** Replaces the settings, the sequence (steps keep their ids; removed ones are archived) and the rates. */
    save: (actor: Actor, input: SettingsInput): Promise<ReminderSettings> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const organizationId = actor.organizationId;
        const now = clock.now();
        await upsertSettings(trx, organizationId, {
          enabled: input.enabled,
          quote_days_before: input.quoteDaysBefore,
          quote_texts: JSON.stringify(input.quoteTexts),
          updated_at: now,
        });
        const current = await listSteps(trx, organizationId);
        const kept = new Set(input.steps.flatMap((step) => (step.id ? [step.id] : [])));
        for (const step of current)
          if (!kept.has(step.id)) await archiveStep(trx, organizationId, step.id, now);
        for (const [position, step] of input.steps.entries()) {
          const values = {
            position,
            name: step.name,
            days_after_due: step.daysAfterDue,
            payment_term_days: step.paymentTermDays,
            add_interest: step.addInterest,
            add_indemnity: step.addIndemnity,
            add_damages: step.addDamages,
            texts: JSON.stringify(step.texts),
            updated_at: now,
          };
          const existing = step.id && current.some((row) => row.id === step.id);
          if (existing && step.id) await updateStep(trx, organizationId, step.id, values);
          else await insertStep(trx, organizationId, { ...values, id: newId(), created_at: now });
        }
        await replaceRates(trx, organizationId, input.rates, now);
        await writeAudit(trx, {
          ...actor,
          action: 'reminders.settingsChanged',
          entityType: 'organization',
          entityId: organizationId,
          data: { enabled: input.enabled, steps: input.steps.length },
          at: now,
        });
        return loadSettings(trx, organizationId);
      }),
  };
}

export type ReminderSettingsService = ReturnType<typeof createReminderSettingsService>;
