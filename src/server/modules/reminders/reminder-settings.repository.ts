import type { Insertable, Updateable } from 'kysely';
import type { ReminderSettings, ReminderSteps } from '../../db/schema.generated.js';
import type { Tx } from '../../db/tenant.js';

type SettingsValues = Omit<Insertable<ReminderSettings>, 'organization_id'>;
type StepValues = Updateable<ReminderSteps>;
type NewStep = Omit<Insertable<ReminderSteps>, 'organization_id'>;

/** Writes the organization's one settings row, whether it exists yet or not. */
export async function upsertSettings(
  trx: Tx,
  organizationId: string,
  values: SettingsValues,
): Promise<void> {
  await trx
    .insertInto('reminder_settings')
    .values({ ...values, organization_id: organizationId })
    .onConflict((oc) => oc.column('organization_id').doUpdateSet(values))
    .execute();
}

/** A step left out of the sequence is archived, not deleted: past reminders still name it. */
export async function archiveStep(
  trx: Tx,
  organizationId: string,
  id: string,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('reminder_steps')
    .set({ archived_at: now, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function updateStep(
  trx: Tx,
  organizationId: string,
  id: string,
  values: StepValues,
): Promise<void> {
  await trx
    .updateTable('reminder_steps')
    .set(values)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function insertStep(trx: Tx, organizationId: string, step: NewStep): Promise<void> {
  await trx
    .insertInto('reminder_steps')
    .values({ ...step, organization_id: organizationId })
    .execute();
}

/** Replaces the legal interest rates of the organization. */
export async function replaceRates(
  trx: Tx,
  organizationId: string,
  rates: readonly { year: number; semester: number; ratePercent: string }[],
  now: Date,
): Promise<void> {
  await trx.deleteFrom('reference_rates').where('organization_id', '=', organizationId).execute();
  if (rates.length)
    await trx
      .insertInto('reference_rates')
      .values(
        rates.map((rate) => ({
          organization_id: organizationId,
          year: rate.year,
          semester: rate.semester,
          rate_percent: rate.ratePercent,
          updated_at: now,
        })),
      )
      .execute();
}
