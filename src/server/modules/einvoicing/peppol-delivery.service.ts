import { translate, type DocumentType } from '../../../contract/index.js';
import { generateUbl } from '../../../core/einvoicing/index.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import type { JobContext } from '../../platform/jobs/job-queue.js';
import { notify } from '../notifications/index.js';
import { AccessPointError, parseParticipantId } from './access-point/access-point.js';
import { accessPointOf } from './access-point-factory.js';
import { PEPPOL_STATUS_JOB, type TransmissionJob } from './einvoicing.jobs.js';
import {
  findDocumentHeading,
  findDocumentType,
  markFinalizedDocumentSent,
} from './peppol-documents.repository.js';
import {
  findSettings,
  findTransmission,
  findTransmissionByProviderId,
  lockTransmissionStatus,
  markTransmissionFailed,
  updateTransmission,
} from './peppol.repository.js';
import { errorMessageOf, type PeppolSettingsService } from './peppol-settings.service.js';
import type { PeppolUblService } from './peppol-ubl.service.js';

type TransmissionState = 'queued' | 'sent' | 'delivered' | 'failed';

/**
 * A queued transmission's way to the customer: sent by a job, then delivered or failed as the
 * access point reports (a status job, or its webhook). Each step is applied once.
 */
export function createPeppolDeliveryService(
  deps: Pick<Deps, 'db' | 'clock' | 'jobs' | 'secrets'>,
  services: { settings: PeppolSettingsService; ubl: PeppolUblService },
) {
  const { db, clock, jobs, secrets } = deps;

  /** A failed transmission is told to the team and shown on the document. */
  async function fail(trx: Tx, job: TransmissionJob, error: string): Promise<void> {
    const now = clock.now();
    const documentId = await markTransmissionFailed(
      trx,
      job.organizationId,
      job.transmissionId,
      error,
      now,
    );
    const document = await findDocumentHeading(trx, job.organizationId, documentId);
    const path = document.document_type === 'credit_note' ? 'credit-notes' : 'invoices';
    await notify(
      trx,
      job.organizationId,
      'peppolSendFailed',
      {
        number: document.number_formatted ?? '',
        customer: (document.customer as { name?: string }).name ?? '',
        error,
      },
      { link: `/${path}/${documentId}`, at: now },
    );
  }

  async function applyState(
    organizationId: string,
    transmissionId: string,
    state: TransmissionState,
    error: string | undefined,
  ): Promise<void> {
    if (state !== 'delivered' && state !== 'failed') return;
    await withTenant(db, organizationId, async (trx) => {
      const current = await lockTransmissionStatus(trx, organizationId, transmissionId);
      // A repeated webhook changes nothing the second time.
      if (!current || current.status === state || current.status === 'delivered') return;
      if (state === 'failed') {
        await fail(trx, { organizationId, transmissionId }, error ?? 'delivery failed');
        return;
      }
      const now = clock.now();
      await updateTransmission(trx, organizationId, transmissionId, {
        status: 'delivered',
        delivered_at: now,
        error: null,
        updated_at: now,
      });
    });
  }

  /** The send job: hands the UBL to the access point, once; retried while that may help. */
  async function send({ data, lastAttempt }: JobContext<TransmissionJob>): Promise<void> {
    const { transmission, row, document } = await withTenant(
      db,
      data.organizationId,
      async (trx) => {
        const transmission = await findTransmission(trx, data.organizationId, data.transmissionId);
        const row = await findSettings(trx, data.organizationId);
        const document = transmission
          ? await findDocumentType(trx, data.organizationId, transmission.document_id)
          : undefined;
        return { transmission, row, document };
      },
    );
    // Done already (a repeated job): the document is never delivered twice.
    if (!transmission || !document || transmission.status !== 'queued') return;
    if (!row) {
      await withTenant(db, data.organizationId, (trx) =>
        fail(trx, data, translate('en', 'error.peppolNotConfigured')),
      );
      return;
    }
    const type: DocumentType = document.document_type === 'credit_note' ? 'creditNote' : 'invoice';
    try {
      const { input } = await services.ubl.ublInputOf(
        data.organizationId,
        type,
        transmission.document_id,
        true,
      );
      const sender = parseParticipantId(row.participant_id);
      const recipient = parseParticipantId(transmission.recipient_id);
      if (!sender || !recipient)
        throw new AccessPointError('rejected', 'Invalid participant id', { retryable: false });
      const result = await accessPointOf(row, secrets).send({
        ubl: generateUbl(input),
        sender,
        recipient,
        documentType: type,
        idempotencyKey: transmission.document_id,
      });
      await withTenant(db, data.organizationId, async (trx) => {
        const now = clock.now();
        const delivered = result.status === 'delivered';
        await updateTransmission(trx, data.organizationId, transmission.id, {
          status: delivered ? 'delivered' : 'sent',
          provider_id: result.transmissionId,
          attempts: transmission.attempts + 1,
          error: null,
          sent_at: now,
          delivered_at: delivered ? now : null,
          updated_at: now,
        });
        // Sent on PEPPOL is sent: the invoice leaves "finalised".
        await markFinalizedDocumentSent(trx, data.organizationId, transmission.document_id, now);
        if (!delivered) await jobs.enqueue(trx, PEPPOL_STATUS_JOB, data, { startAfterSeconds: 60 });
      });
    } catch (error) {
      const retryable = !(error instanceof AccessPointError) || error.retryable;
      await withTenant(db, data.organizationId, async (trx) => {
        await updateTransmission(trx, data.organizationId, transmission.id, {
          attempts: transmission.attempts + 1,
          error: errorMessageOf(error),
          updated_at: clock.now(),
        });
        if (!retryable || lastAttempt) await fail(trx, data, errorMessageOf(error));
      });
      if (retryable && !lastAttempt) throw error;
    }
  }

  /** The status job: asks the access point whether a sent document arrived. */
  async function checkStatus({ data, lastAttempt }: JobContext<TransmissionJob>): Promise<void> {
    const { transmission, row } = await withTenant(db, data.organizationId, async (trx) => ({
      transmission: await findTransmission(trx, data.organizationId, data.transmissionId),
      row: await findSettings(trx, data.organizationId),
    }));
    if (!transmission || !row || transmission.status !== 'sent' || !transmission.provider_id)
      return;
    const state = await accessPointOf(row, secrets).getStatus(transmission.provider_id);
    await applyState(data.organizationId, transmission.id, state.status, state.error);
    // Still on its way: ask again later (pg-boss's back-off spaces the questions out).
    if (state.status === 'sent' && !lastAttempt) throw new Error('not delivered yet');
  }

  return {
    send,
    checkStatus,

    /** A delivery report from the access point (webhook), applied once however often it comes. */
    async transmissionUpdate(
      organizationId: string,
      providerId: string,
      state: TransmissionState | undefined,
      error: string | undefined,
    ): Promise<void> {
      const transmission = await withTenant(db, organizationId, (trx) =>
        findTransmissionByProviderId(trx, organizationId, providerId),
      );
      if (!transmission) return;
      if (state) {
        await applyState(organizationId, transmission.id, state, error);
        return;
      }
      const row = await services.settings.settingsRow(organizationId);
      if (!row) return;
      const fetched = await accessPointOf(row, secrets).getStatus(providerId);
      await applyState(organizationId, transmission.id, fetched.status, fetched.error);
    },
  };
}

export type PeppolDeliveryService = ReturnType<typeof createPeppolDeliveryService>;
