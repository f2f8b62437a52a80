import {
  isMessageKey,
  translate,
  type DocumentType,
  type Language,
  type MessageKey,
  type PeppolDocumentStatus,
  type PeppolIssue,
} from '../../../contract/index.js';
import { partyEndpoint, validateForPeppol } from '../../../core/einvoicing/index.js';
import { withTenant } from '../../db/tenant.js';
import type { Actor, Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { InvalidState } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { TtlCache } from '../../platform/ttl-cache.js';
import type { DocumentsService } from '../documents/index.js';
import { parseParticipantId } from './access-point/access-point.js';
import { accessPointOf, type PeppolSettingsRow } from './access-point-factory.js';
import { PEPPOL_SEND_JOB } from './einvoicing.jobs.js';
import {
  findSettings,
  findTransmissionOfDocument,
  queueTransmission,
} from './peppol.repository.js';
import type { PeppolUblService } from './peppol-ubl.service.js';

/** How long a "can this customer receive?" answer is reused (lookups cost a network call). */
const LOOKUP_TTL_MS = 10 * 60 * 1000;

/** Whether a document can go over PEPPOL, and queuing it (the delivery service takes over). */
export function createPeppolSendingService(
  deps: Pick<Deps, 'db' | 'clock' | 'jobs' | 'secrets'>,
  services: { documents: DocumentsService; ubl: PeppolUblService },
) {
  const { db, clock, jobs, secrets } = deps;
  const lookups = new TtlCache<string, boolean>(LOOKUP_TTL_MS);

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
    const { input } = await services.ubl.ublInputOf(organizationId, type, id, false);
    const issues = translateIssues(validateForPeppol(input), language);
    const endpoint = partyEndpoint(input.buyer);
    const recipientId = endpoint ? `${endpoint.scheme}:${endpoint.value}` : null;
    const [row, transmission] = await withTenant(db, organizationId, (trx) =>
      Promise.all([
        findSettings(trx, organizationId),
        findTransmissionOfDocument(trx, organizationId, id),
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

  return {
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
        const { input } = await services.ubl.ublInputOf(actor.organizationId, type, id, false);
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
        // Only a failed transmission is tried again; a queued or sent one stays as it is.
        const transmissionId = await queueTransmission(trx, actor.organizationId, {
          id: newId(),
          documentId: id,
          recipientId,
          now,
        });
        if (!transmissionId) return;
        await jobs.enqueue(
          trx,
          PEPPOL_SEND_JOB,
          { organizationId: actor.organizationId, transmissionId },
          { singletonKey: transmissionId },
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
  };
}
