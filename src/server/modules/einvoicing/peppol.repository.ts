import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type {
  PeppolSettings as PeppolSettingsTable,
  PeppolTransmissions,
} from '../../db/schema.generated.js';
import type { Tx } from '../../db/tenant.js';
import type { PeppolSettingsRow } from './access-point-factory.js';

type SettingsValues = Omit<Insertable<PeppolSettingsTable>, 'organization_id' | 'webhook_token'>;

export const findSettings = (
  trx: Tx,
  organizationId: string,
): Promise<PeppolSettingsRow | undefined> =>
  trx
    .selectFrom('peppol_settings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();

/**
 * The settings a webhook's token points at, looked up outside any tenant: the token is what
 * identifies the organization.
 */
export const findSettingsByWebhookToken = (
  db: Database,
  token: string,
): Promise<PeppolSettingsRow | undefined> =>
  db
    .selectFrom('peppol_settings')
    .selectAll()
    .where('webhook_token', '=', token)
    .executeTakeFirst();

export async function insertSettings(
  trx: Tx,
  organizationId: string,
  values: SettingsValues,
  webhookToken: string,
): Promise<void> {
  await trx
    .insertInto('peppol_settings')
    .values({ ...values, organization_id: organizationId, webhook_token: webhookToken })
    .execute();
}

export async function updateSettings(
  trx: Tx,
  organizationId: string,
  values: Updateable<PeppolSettingsTable>,
): Promise<void> {
  await trx
    .updateTable('peppol_settings')
    .set(values)
    .where('organization_id', '=', organizationId)
    .execute();
}

export async function deleteSettings(trx: Tx, organizationId: string): Promise<void> {
  await trx.deleteFrom('peppol_settings').where('organization_id', '=', organizationId).execute();
}

export const findTransmission = (trx: Tx, organizationId: string, id: string) =>
  trx
    .selectFrom('peppol_transmissions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

export const findTransmissionOfDocument = (trx: Tx, organizationId: string, documentId: string) =>
  trx
    .selectFrom('peppol_transmissions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();

export const findTransmissionByProviderId = (trx: Tx, organizationId: string, providerId: string) =>
  trx
    .selectFrom('peppol_transmissions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('provider_id', '=', providerId)
    .executeTakeFirst();

/** The transmission's status, its row locked until the transaction ends. */
export const lockTransmissionStatus = (trx: Tx, organizationId: string, id: string) =>
  trx
    .selectFrom('peppol_transmissions')
    .select('status')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

export async function updateTransmission(
  trx: Tx,
  organizationId: string,
  id: string,
  values: Updateable<PeppolTransmissions>,
): Promise<void> {
  await trx
    .updateTable('peppol_transmissions')
    .set(values)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

/** Marks the transmission failed; answers the document it was sending. */
export async function markTransmissionFailed(
  trx: Tx,
  organizationId: string,
  id: string,
  error: string,
  now: Date,
): Promise<string> {
  const row = await trx
    .updateTable('peppol_transmissions')
    .set({ status: 'failed', error, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returning('document_id')
    .executeTakeFirstOrThrow();
  return row.document_id;
}

/**
 * Queues the document's transmission: a new one, or a failed one again. A queued or sent one
 * stays as it is, and nothing is answered.
 */
export async function queueTransmission(
  trx: Tx,
  organizationId: string,
  values: { id: string; documentId: string; recipientId: string; now: Date },
): Promise<string | undefined> {
  const { now } = values;
  const inserted = await trx
    .insertInto('peppol_transmissions')
    .values({
      organization_id: organizationId,
      id: values.id,
      document_id: values.documentId,
      status: 'queued',
      recipient_id: values.recipientId,
      queued_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['organization_id', 'document_id'])
        .doUpdateSet({ status: 'queued', error: null, queued_at: now, updated_at: now })
        .where('peppol_transmissions.status', '=', 'failed'),
    )
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}
