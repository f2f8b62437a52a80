import crypto from 'node:crypto';
import {
  isMessageKey,
  translate,
  type Document,
  type DocumentType,
  type Language,
  type MessageKey,
  type PeppolDocumentStatus,
  type PeppolIssue,
  type PeppolSettings,
  type PeppolSettingsRequest,
} from '../../../contract/index.js';
import {
  generateUbl,
  partyEndpoint,
  validateForPeppol,
  type UblDocumentInput,
} from '../../../core/einvoicing/index.js';
import { normalizeEnterpriseNumber } from '../../../core/identifiers/index.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { Actor, Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { InvalidState, Validation } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { publicBaseUrl } from '../../platform/public-url.js';
import { TtlCache } from '../../platform/ttl-cache.js';
import type { DocumentsService, PdfService } from '../documents/index.js';
import { notify } from '../notifications/index.js';
import type { OrganizationsService } from '../organizations/index.js';
import { invoicePeriodOf } from '../subscriptions/index.js';
import { AccessPointError, parseParticipantId } from './access-point/access-point.js';
import { RECOMMAND_DEFAULT_BASE_URL } from './access-point/recommand-config.js';
import { accessPointOf, type PeppolSettingsRow } from './access-point-factory.js';
import { toUblInput } from './ubl-input.js';

export const PEPPOL_SEND_JOB = 'peppol.send';
export const PEPPOL_STATUS_JOB = 'peppol.status';

interface TransmissionJob {
  organizationId: string;
  transmissionId: string;
}

/** How long a "can this customer receive?" answer is reused (lookups cost a network call). */
const LOOKUP_TTL_MS = 10 * 60 * 1000;

export function createPeppolService(
  deps: Deps,
  services: { documents: DocumentsService; organizations: OrganizationsService; pdf: PdfService },
) {
  const { db, clock, jobs, secrets, config } = deps;
  const lookups = new TtlCache<string, boolean>(LOOKUP_TTL_MS);

  const settingsRow = (trx: Tx, organizationId: string) =>
    trx
      .selectFrom('peppol_settings')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .executeTakeFirst();

  async function derivedParticipantId(organizationId: string): Promise<string> {
    const organization = await services.organizations.get(organizationId);
    if (organization.enterpriseNumber && organization.address.country === 'BE')
      return `0208:${normalizeEnterpriseNumber(organization.enterpriseNumber)}`;
    return organization.vatNumber ? `9925:${organization.vatNumber.toLowerCase()}` : '';
  }

  function webhookUrl(token: string): string {
    return `${publicBaseUrl(config)}/api/peppol/webhook/${token}`;
  }

  async function toSettings(
    organizationId: string,
    row: PeppolSettingsRow | undefined,
  ): Promise<PeppolSettings> {
    return {
      configured: Boolean(row),
      provider: 'recommand',
      environment: (row?.environment ?? 'production') as PeppolSettings['environment'],
      baseUrl: row?.base_url ?? RECOMMAND_DEFAULT_BASE_URL,
      apiKey: row?.api_key ?? '',
      hasSecret: Boolean(row),
      companyId: row?.company_id ?? null,
      participantId: row?.participant_id ?? (await derivedParticipantId(organizationId)),
      registrationStatus: (row?.registration_status ??
        'unregistered') as PeppolSettings['registrationStatus'],
      registrationError: row?.registration_error ?? null,
      webhookUrl: row ? webhookUrl(row.webhook_token) : null,
    };
  }

  /** The document, its UBL input, and whatever of the context the generator needs. */
  async function ublInputOf(
    organizationId: string,
    type: DocumentType,
    id: string,
    withPdf: boolean,
  ): Promise<{ document: Document; input: UblDocumentInput }> {
    const document = await services.documents.get(organizationId, type, id);
    const [organization, extra, credited, pdf] = await Promise.all([
      services.organizations.get(organizationId),
      withTenant(db, organizationId, async (trx) => {
        const productIds = document.lines.flatMap((line) =>
          line.productId ? [line.productId] : [],
        );
        const [products, row, period] = await Promise.all([
          productIds.length
            ? trx
                .selectFrom('products')
                .select(['id', 'code', 'ean'])
                .where('organization_id', '=', organizationId)
                .where('id', 'in', productIds)
                .execute()
            : [],
          trx
            .selectFrom('documents')
            .select('deposit')
            .where('organization_id', '=', organizationId)
            .where('id', '=', id)
            .executeTakeFirstOrThrow(),
          invoicePeriodOf(trx, organizationId, id),
        ]);
        return { products, isDeposit: row.deposit !== null, period };
      }),
      type === 'creditNote' && document.sourceDocumentId
        ? services.documents.get(organizationId, 'invoice', document.sourceDocumentId)
        : null,
      withPdf ? services.pdf.document(organizationId, type, id) : null,
    ]);
    const input = toUblInput(document, {
      organization,
      products: new Map(extra.products.map((p) => [p.id, { code: p.code, ean: p.ean }])),
      isDepositInvoice: type === 'invoice' && extra.isDeposit,
      creditedInvoice: credited?.numberFormatted
        ? { number: credited.numberFormatted, issueDate: credited.issueDate }
        : null,
      pdf: pdf && { filename: pdf.filename, data: pdf.data },
      invoicePeriod: extra.period,
    });
    return { document, input };
  }

  function translateIssues(issues: ReturnType<typeof validateForPeppol>, language: Language) {
    return issues.map((issue): PeppolIssue => ({
      rule: issue.rule,
      field: issue.path,
      message: translate(language, `peppol.${issue.code}`),
    }));
  }

  async function reachable(
    row: PeppolSettingsRow | undefined,
    recipientId: string | null,
  ): Promise<boolean | null> {
    if (!row || !recipientId) return null;
    const key = `${row.organization_id}|${recipientId}`;
    const cached = lookups.get(key, clock.now().getTime());
    if (cached !== undefined) return cached;
    const participant = parseParticipantId(recipientId);
    if (!participant) return false;
    try {
      const lookup = await accessPointOf(row, secrets).lookupParticipant(participant);
      const result = lookup.registered;
      lookups.set(key, result, clock.now().getTime());
      return result;
    } catch {
      return null;
    }
  }

  async function status(
    organizationId: string,
    type: DocumentType,
    id: string,
    language: Language,
  ): Promise<PeppolDocumentStatus> {
    const { input } = await ublInputOf(organizationId, type, id, false);
    const issues = translateIssues(validateForPeppol(input), language);
    const endpoint = partyEndpoint(input.buyer);
    const recipientId = endpoint ? `${endpoint.scheme}:${endpoint.value}` : null;
    const [row, transmission] = await withTenant(db, organizationId, (trx) =>
      Promise.all([
        settingsRow(trx, organizationId),
        trx
          .selectFrom('peppol_transmissions')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('document_id', '=', id)
          .executeTakeFirst(),
      ]),
    );
    return {
      accessPointConfigured: Boolean(row),
      recipientId,
      recipientReachable: await reachable(row, recipientId),
      ready: issues.length === 0,
      issues,
      transmission: transmission
        ? {
            status: transmission.status as 'queued' | 'sent' | 'delivered' | 'failed',
            error: transmission.error,
            attempts: transmission.attempts,
            queuedAt: transmission.queued_at.toISOString(),
            sentAt: transmission.sent_at?.toISOString() ?? null,
            deliveredAt: transmission.delivered_at?.toISOString() ?? null,
          }
        : null,
    };
  }

  /** A failed transmission is told to the team and shown on the document. */
  async function fail(trx: Tx, job: TransmissionJob, error: string): Promise<void> {
    const now = clock.now();
    const row = await trx
      .updateTable('peppol_transmissions')
      .set({ status: 'failed', error, updated_at: now })
      .where('organization_id', '=', job.organizationId)
      .where('id', '=', job.transmissionId)
      .returning('document_id')
      .executeTakeFirstOrThrow();
    const document = await trx
      .selectFrom('documents')
      .select(['number_formatted', 'document_type', 'customer'])
      .where('organization_id', '=', job.organizationId)
      .where('id', '=', row.document_id)
      .executeTakeFirstOrThrow();
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
      { link: `/${path}/${row.document_id}`, at: now },
    );
  }

  const messageOf = (error: unknown) =>
    error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500);

  jobs.define<TransmissionJob>(
    PEPPOL_SEND_JOB,
    { retryLimit: 6, retryDelay: 30 },
    async ({ data, lastAttempt }) => {
      const found = await withTenant(db, data.organizationId, async (trx) => {
        const transmission = await trx
          .selectFrom('peppol_transmissions')
          .selectAll()
          .where('organization_id', '=', data.organizationId)
          .where('id', '=', data.transmissionId)
          .executeTakeFirst();
        const row = await settingsRow(trx, data.organizationId);
        const document = transmission
          ? await trx
              .selectFrom('documents')
              .select('document_type')
              .where('organization_id', '=', data.organizationId)
              .where('id', '=', transmission.document_id)
              .executeTakeFirstOrThrow()
          : undefined;
        return { transmission, row, document };
      });
      const { transmission, row, document } = found;
      // Done already (a repeated job): the document is never delivered twice.
      if (!transmission || !document || transmission.status !== 'queued') return;
      if (!row) {
        await withTenant(db, data.organizationId, (trx) =>
          fail(trx, data, translate('en', 'error.peppolNotConfigured')),
        );
        return;
      }
      const type: DocumentType =
        document.document_type === 'credit_note' ? 'creditNote' : 'invoice';
      try {
        const { input } = await ublInputOf(
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
          await trx
            .updateTable('peppol_transmissions')
            .set({
              status: delivered ? 'delivered' : 'sent',
              provider_id: result.transmissionId,
              attempts: transmission.attempts + 1,
              error: null,
              sent_at: now,
              delivered_at: delivered ? now : null,
              updated_at: now,
            })
            .where('organization_id', '=', data.organizationId)
            .where('id', '=', transmission.id)
            .execute();
          // Sent on PEPPOL is sent: the invoice leaves "finalised".
          await trx
            .updateTable('documents')
            .set({ status: 'sent', updated_at: now })
            .where('organization_id', '=', data.organizationId)
            .where('id', '=', transmission.document_id)
            .where('status', '=', 'finalized')
            .execute();
          if (!delivered)
            await jobs.enqueue(trx, PEPPOL_STATUS_JOB, data, { startAfterSeconds: 60 });
        });
      } catch (error) {
        const retryable = !(error instanceof AccessPointError) || error.retryable;
        await withTenant(db, data.organizationId, async (trx) => {
          await trx
            .updateTable('peppol_transmissions')
            .set({
              attempts: transmission.attempts + 1,
              error: messageOf(error),
              updated_at: clock.now(),
            })
            .where('organization_id', '=', data.organizationId)
            .where('id', '=', transmission.id)
            .execute();
          if (!retryable || lastAttempt) await fail(trx, data, messageOf(error));
        });
        if (retryable && !lastAttempt) throw error;
      }
    },
  );

  jobs.define<TransmissionJob>(
    PEPPOL_STATUS_JOB,
    { retryLimit: 10, retryDelay: 60 },
    async ({ data, lastAttempt }) => {
      const { transmission, row } = await withTenant(db, data.organizationId, async (trx) => ({
        transmission: await trx
          .selectFrom('peppol_transmissions')
          .selectAll()
          .where('organization_id', '=', data.organizationId)
          .where('id', '=', data.transmissionId)
          .executeTakeFirst(),
        row: await settingsRow(trx, data.organizationId),
      }));
      if (!transmission || !row || transmission.status !== 'sent' || !transmission.provider_id)
        return;
      const state = await accessPointOf(row, secrets).getStatus(transmission.provider_id);
      await applyState(data.organizationId, transmission.id, state.status, state.error);
      // Still on its way: ask again later (pg-boss's back-off spaces the questions out).
      if (state.status === 'sent' && !lastAttempt) throw new Error('not delivered yet');
    },
  );

  async function applyState(
    organizationId: string,
    transmissionId: string,
    state: 'queued' | 'sent' | 'delivered' | 'failed',
    error: string | undefined,
  ): Promise<void> {
    if (state !== 'delivered' && state !== 'failed') return;
    await withTenant(db, organizationId, async (trx) => {
      const current = await trx
        .selectFrom('peppol_transmissions')
        .select('status')
        .where('organization_id', '=', organizationId)
        .where('id', '=', transmissionId)
        .forUpdate()
        .executeTakeFirst();
      // A repeated webhook changes nothing the second time.
      if (!current || current.status === state || current.status === 'delivered') return;
      if (state === 'failed') {
        await fail(trx, { organizationId, transmissionId }, error ?? 'delivery failed');
        return;
      }
      const now = clock.now();
      await trx
        .updateTable('peppol_transmissions')
        .set({ status: 'delivered', delivered_at: now, error: null, updated_at: now })
        .where('organization_id', '=', organizationId)
        .where('id', '=', transmissionId)
        .execute();
    });
  }

  return {
    async getSettings(organizationId: string): Promise<PeppolSettings> {
      const row = await withTenant(db, organizationId, (trx) => settingsRow(trx, organizationId));
      return toSettings(organizationId, row);
    },

    async saveSettings(actor: Actor, input: PeppolSettingsRequest): Promise<PeppolSettings> {
      const participantId =
        input.participantId || (await derivedParticipantId(actor.organizationId));
      if (!participantId) {
        throw Validation({ participantId: 'validation.required' });
      }
      return withTenant(db, actor.organizationId, async (trx) => {
        const existing = await settingsRow(trx, actor.organizationId);
        if (!existing && !input.apiSecret) {
          throw Validation({ apiSecret: 'validation.required' });
        }
        const now = clock.now();
        const values = {
          provider: 'recommand',
          environment: input.environment,
          base_url: input.baseUrl.replace(/\/+$/, ''),
          api_key: input.apiKey.trim(),
          api_secret_encrypted: input.apiSecret
            ? secrets.seal(input.apiSecret)
            : (existing?.api_secret_encrypted ?? ''),
          webhook_secret_encrypted: input.webhookSecret
            ? secrets.seal(input.webhookSecret)
            : (existing?.webhook_secret_encrypted ?? null),
          company_id: input.companyId ?? null,
          participant_id: participantId,
          updated_at: now,
        };
        if (existing) {
          await trx
            .updateTable('peppol_settings')
            .set(values)
            .where('organization_id', '=', actor.organizationId)
            .execute();
        } else {
          await trx
            .insertInto('peppol_settings')
            .values({
              ...values,
              organization_id: actor.organizationId,
              webhook_token: crypto.randomBytes(24).toString('base64url'),
            })
            .execute();
        }
        await writeAudit(trx, {
          organizationId: actor.organizationId,
          userId: actor.userId,
          action: 'peppol.settingsChanged',
          entityType: 'organization',
          entityId: actor.organizationId,
          ip: actor.ip,
          at: now,
        });
        return toSettings(actor.organizationId, await settingsRow(trx, actor.organizationId));
      });
    },

    async deleteSettings(actor: Actor): Promise<void> {
      await withTenant(db, actor.organizationId, async (trx) => {
        await trx
          .deleteFrom('peppol_settings')
          .where('organization_id', '=', actor.organizationId)
          .execute();
        await writeAudit(trx, {
          organizationId: actor.organizationId,
          userId: actor.userId,
          action: 'peppol.disconnected',
          entityType: 'organization',
          entityId: actor.organizationId,
          ip: actor.ip,
          at: clock.now(),
        });
      });
    },

    /** Registers the company's participant id with the access point (receiving needs it). */
    async register(actor: Actor): Promise<PeppolSettings> {
      const row = await withTenant(db, actor.organizationId, (trx) =>
        settingsRow(trx, actor.organizationId),
      );
      if (!row) throw InvalidState('error.peppolNotConfigured');
      const organization = await services.organizations.get(actor.organizationId);
      const participant = parseParticipantId(row.participant_id);
      if (!participant) throw InvalidState('error.peppolNotConfigured');
      let status: string;
      let error: string | null = null;
      let companyId = row.company_id;
      try {
        const address = organization.address;
        const result = await accessPointOf(row, secrets).registerParticipant(
          participant,
          organization.legalName,
          {
            address: [address.street, address.number].filter(Boolean).join(' '),
            postalCode: address.postalCode ?? '',
            city: address.city ?? '',
            country: address.country,
            ...(organization.vatNumber && { vatNumber: organization.vatNumber }),
            ...(organization.email && { email: organization.email }),
          },
        );
        status = result.status;
        error = result.error ?? null;
        companyId = result.providerCompanyId ?? companyId;
      } catch (failure) {
        status = 'failed';
        error = messageOf(failure);
      }
      return withTenant(db, actor.organizationId, async (trx) => {
        await trx
          .updateTable('peppol_settings')
          .set({
            registration_status: status,
            registration_error: error,
            company_id: companyId,
            updated_at: clock.now(),
          })
          .where('organization_id', '=', actor.organizationId)
          .execute();
        return toSettings(actor.organizationId, await settingsRow(trx, actor.organizationId));
      });
    },

    /** The UBL of a finalised document, with its PDF embedded. */
    async ubl(
      organizationId: string,
      type: DocumentType,
      id: string,
    ): Promise<{ xml: string; filename: string }> {
      const { document, input } = await ublInputOf(organizationId, type, id, true);
      if (document.status === 'draft') throw InvalidState('error.notFinalized');
      return {
        xml: generateUbl(input),
        filename: `${(document.numberFormatted ?? document.id).replace(/[^\w.-]+/g, '_')}.xml`,
      };
    },

    status,

    /** Queues the sending: checked first, one transmission per document, retried by a job. */
    async send(
      actor: Actor,
      type: DocumentType,
      id: string,
      language: Language,
    ): Promise<PeppolDocumentStatus> {
      const current = await status(actor.organizationId, type, id, language);
      const document = await services.documents.get(actor.organizationId, type, id);
      if (document.status === 'draft') throw InvalidState('error.notFinalized');
      if (!current.accessPointConfigured) throw InvalidState('error.peppolNotConfigured');
      if (current.transmission && current.transmission.status !== 'failed') return current;
      if (!current.ready) {
        const { input } = await ublInputOf(actor.organizationId, type, id, false);
        const fields: Record<string, MessageKey> = {};
        for (const issue of validateForPeppol(input)) {
          const key = `peppol.${issue.code}`;
          if (isMessageKey(key)) fields[issue.path] = key;
        }
        throw InvalidState('error.peppolNotReady', { fields: fields });
      }
      if (!current.recipientId) throw InvalidState('error.peppolNoRecipient');
      if (current.recipientReachable === false) throw InvalidState('error.peppolUnreachable');
      const recipientId = current.recipientId;
      await withTenant(db, actor.organizationId, async (trx) => {
        const now = clock.now();
        const inserted = await trx
          .insertInto('peppol_transmissions')
          .values({
            organization_id: actor.organizationId,
            id: newId(),
            document_id: id,
            status: 'queued',
            recipient_id: recipientId,
            queued_at: now,
            updated_at: now,
          })
          .onConflict((oc) =>
            oc
              .columns(['organization_id', 'document_id'])
              // Only a failed transmission is tried again; a queued or sent one stays as it is.
              .doUpdateSet({ status: 'queued', error: null, queued_at: now, updated_at: now })
              .where('peppol_transmissions.status', '=', 'failed'),
          )
          .returning('id')
          .executeTakeFirst();
        if (!inserted) return;
        await jobs.enqueue(
          trx,
          PEPPOL_SEND_JOB,
          { organizationId: actor.organizationId, transmissionId: inserted.id },
          { singletonKey: inserted.id },
        );
        await writeAudit(trx, {
          organizationId: actor.organizationId,
          userId: actor.userId,
          action: 'document.peppolQueued',
          entityType: 'document',
          entityId: id,
          data: { recipient: recipientId },
          ip: actor.ip,
          at: now,
        });
      });
      return status(actor.organizationId, type, id, language);
    },

    /** A delivery report from the access point (webhook), applied once however often it comes. */
    async transmissionUpdate(
      organizationId: string,
      providerId: string,
      state: 'queued' | 'sent' | 'delivered' | 'failed' | undefined,
      error: string | undefined,
    ): Promise<void> {
      const transmission = await withTenant(db, organizationId, (trx) =>
        trx
          .selectFrom('peppol_transmissions')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('provider_id', '=', providerId)
          .executeTakeFirst(),
      );
      if (!transmission) return;
      if (state) {
        await applyState(organizationId, transmission.id, state, error);
        return;
      }
      const row = await withTenant(db, organizationId, (trx) => settingsRow(trx, organizationId));
      if (!row) return;
      const fetched = await accessPointOf(row, secrets).getStatus(providerId);
      await applyState(organizationId, transmission.id, fetched.status, fetched.error);
    },

    async registrationUpdate(
      organizationId: string,
      status: 'registered' | 'failed',
      error: string | undefined,
    ): Promise<void> {
      await withTenant(db, organizationId, (trx) =>
        trx
          .updateTable('peppol_settings')
          .set({ registration_status: status, registration_error: error ?? null })
          .where('organization_id', '=', organizationId)
          .execute(),
      );
    },

    /** For the recipient check of received documents. */
    settingsRow: (organizationId: string) =>
      withTenant(db, organizationId, (trx) => settingsRow(trx, organizationId)),
  };
}

export type PeppolService = ReturnType<typeof createPeppolService>;
