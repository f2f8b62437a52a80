import type { z } from 'zod';
import type {
  createLinkRequestSchema,
  DocumentHistory,
  DocumentLink,
  DocumentLinkStatus,
  DocumentType,
  LinkSettings,
} from '../../../contract/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { JsonValue } from '../../db/schema.generated.js';
import { writeAudit } from '../../platform/audit.js';
import { publicBaseUrl } from '../../platform/public-url.js';
import { NotFound, InvalidState } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { DOCUMENT_KINDS, type PdfSignature } from '../documents/index.js';
import { hashLinkSecret, newLinkSecret, normalizeEmail } from './link-secrets.js';
import {
  documentAudit,
  findActiveLink,
  findDocumentState,
  findRequireEmail,
  findSignature,
  insertLinkUnlessActive,
  revokeActiveLink,
  saveRequireEmail,
  setSentTo,
  type LinkRow,
} from './links.repository.js';

type CreateLinkRequest = z.output<typeof createLinkRequestSchema>;

/** The customer's addresses on the document snapshot (a contact may list several). */
function customerAddresses(customer: unknown): string[] {
  const email = (customer as { email?: unknown } | null)?.email;
  if (typeof email !== 'string') return [];
  return email
    .split(/[,;\s]+/)
    .map(normalizeEmail)
    .filter((address) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address));
}

const union = (...lists: readonly string[][]): string[] => [
  ...new Set(lists.flat().map(normalizeEmail)),
];

/**
 * Public links to documents (DOMAIN §10). Each link carries a 256-bit secret; the database keeps
 * its SHA-256 (to find the link) and the secret sealed with the instance key (so every e-mail
 * about a document carries the same URL until someone regenerates or revokes it).
 */
export function createLinksService({ db, clock, secrets, config }: Deps) {
  const urlOf = (secret: string, requestOrigin?: string) =>
    `${publicBaseUrl(config, requestOrigin)}/d/${secret}`;

  /** The document, which must exist, be of `type` when given, and be finalised. */
  async function shareable(trx: Tx, organizationId: string, id: string, type?: DocumentType) {
    const document = await findDocumentState(trx, organizationId, id);
    if (!document || (type && document.document_type !== DOCUMENT_KINDS[type].stored))
      throw NotFound();
    if (document.deleted_at) throw NotFound();
    if (document.status === 'draft') throw InvalidState('error.linkNotFinalized');
    return document;
  }

  /**
   * The active link and its secret, creating one (or replacing it with `regenerate`) when
   * needed; `recipients` are added to the addresses that pass the extra check.
   */
  async function ensureLink(
    trx: Tx,
    organizationId: string,
    documentId: string,
    options: {
      recipients: readonly string[];
      regenerate: boolean;
      userId: string | null;
      ip: string | null;
      defaultRecipients: readonly string[];
    },
  ): Promise<{ link: LinkRow; secret: string; created: boolean }> {
    const now = clock.now();
    let previous: LinkRow | undefined;
    if (options.regenerate) {
      previous = await revokeActiveLink(trx, organizationId, documentId, now);
    } else {
      const active = await findActiveLink(trx, organizationId, documentId);
      if (active) {
        const sentTo = union(active.sent_to, [...options.recipients]);
        if (sentTo.length !== active.sent_to.length)
          await setSentTo(trx, organizationId, active.id, sentTo);
        return {
          link: { ...active, sent_to: sentTo },
          secret: secrets.open(active.token_sealed),
          created: false,
        };
      }
    }
    const secret = newLinkSecret();
    const link: LinkRow = {
      organization_id: organizationId,
      id: newId(),
      document_id: documentId,
      token_hash: hashLinkSecret(secret),
      token_sealed: secrets.seal(secret),
      sent_to: union(previous?.sent_to ?? [...options.defaultRecipients], [...options.recipients]),
      created_by: options.userId,
      created_at: now,
      revoked_at: null,
      last_opened_at: null,
      open_count: 0,
    };
    if (!(await insertLinkUnlessActive(trx, link))) {
      // Someone else created the document's link at the same moment: use theirs.
      return ensureLink(trx, organizationId, documentId, { ...options, regenerate: false });
    }
    await writeAudit(trx, {
      organizationId,
      userId: options.userId,
      action: previous ? 'link.regenerated' : 'link.created',
      entityType: 'document',
      entityId: documentId,
      data: { sentTo: link.sent_to },
      ip: options.ip,
      at: now,
    });
    return { link, secret, created: true };
  }

  const toLink = (row: LinkRow) => ({
    createdAt: row.created_at.toISOString(),
    sentTo: row.sent_to,
    lastOpenedAt: row.last_opened_at?.toISOString() ?? null,
    openCount: row.open_count,
  });

  return {
    /**
     * For the e-mail engine: the absolute URL of the document's link, created if it has none,
     * with `recipients` recorded as addresses that pass the extra check. Runs in the caller's
     * (tenant) transaction, so the link exists only if the e-mail is queued.
     */
    async documentLink(
      trx: Tx,
      organizationId: string,
      documentId: string,
      recipients: readonly string[],
    ): Promise<string> {
      await shareable(trx, organizationId, documentId);
      const { secret } = await ensureLink(trx, organizationId, documentId, {
        recipients,
        regenerate: false,
        userId: null,
        ip: null,
        defaultRecipients: [],
      });
      return urlOf(secret);
    },

    status: (organizationId: string, type: DocumentType, id: string): Promise<DocumentLinkStatus> =>
      withTenant(db, organizationId, async (trx) => {
        const document = await findDocumentState(trx, organizationId, id);
        if (!document || document.document_type !== DOCUMENT_KINDS[type].stored) throw NotFound();
        const [link, signature, requireEmail] = await Promise.all([
          findActiveLink(trx, organizationId, id),
          findSignature(trx, organizationId, id),
          findRequireEmail(trx, organizationId),
        ]);
        return {
          link: link ? toLink(link) : null,
          requireEmail,
          signature: signature
            ? { name: signature.signer_name, signedAt: signature.signed_at.toISOString() }
            : null,
        };
      }),

    /** Creates the link (201) or returns the active one (200); the URL is only ever shown here. */
    create: (
      actor: Actor,
      type: DocumentType,
      id: string,
      request: CreateLinkRequest,
      origin: string,
    ): Promise<{ created: boolean; link: DocumentLink }> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const document = await shareable(trx, actor.organizationId, id, type);
        const { link, secret, created } = await ensureLink(trx, actor.organizationId, id, {
          recipients: request.sentTo ?? [],
          regenerate: request.regenerate,
          userId: actor.userId,
          ip: actor.ip,
          defaultRecipients: customerAddresses(document.customer),
        });
        return {
          created,
          link: { url: urlOf(secret, origin), ...toLink(link) },
        };
      }),

    /** The URL stops working at once; a new link gets a new secret. */
    revoke: (actor: Actor, type: DocumentType, id: string): Promise<void> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const document = await findDocumentState(trx, actor.organizationId, id);
        if (!document || document.document_type !== DOCUMENT_KINDS[type].stored) throw NotFound();
        const now = clock.now();
        const revoked = await revokeActiveLink(trx, actor.organizationId, id, now);
        if (revoked) {
          await writeAudit(trx, {
            ...actor,
            action: 'link.revoked',
            entityType: 'document',
            entityId: id,
            at: now,
          });
        }
      }),

    history: (organizationId: string, type: DocumentType, id: string): Promise<DocumentHistory> =>
      withTenant(db, organizationId, async (trx) => {
        const document = await findDocumentState(trx, organizationId, id);
        if (!document || document.document_type !== DOCUMENT_KINDS[type].stored) throw NotFound();
        const rows = await documentAudit(trx, organizationId, id);
        return {
          items: rows.map((row) => ({
            id: row.id,
            action: row.action,
            at: row.created_at.toISOString(),
            user:
              [row.first_name, row.last_name].filter(Boolean).join(' ').trim() ||
              (row.email ?? null),
            ip: row.ip,
            data:
              row.data && typeof row.data === 'object' && !Array.isArray(row.data)
                ? (row.data as Record<string, JsonValue>)
                : {},
          })),
        };
      }),

    settings: (organizationId: string): Promise<LinkSettings> =>
      withTenant(db, organizationId, async (trx) => ({
        requireEmail: await findRequireEmail(trx, organizationId),
      })),

    saveSettings: (actor: Actor, settings: LinkSettings): Promise<LinkSettings> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const now = clock.now();
        await saveRequireEmail(trx, actor.organizationId, settings.requireEmail, now);
        await writeAudit(trx, {
          ...actor,
          action: 'settings.links.updated',
          entityType: 'organization',
          entityId: actor.organizationId,
          data: { requireEmail: settings.requireEmail },
          at: now,
        });
        return { requireEmail: settings.requireEmail };
      }),

    /** For the PDF: the signature drawn on a quote, printed in its acceptance box. */
    signatureOf: (organizationId: string, documentId: string): Promise<PdfSignature | null> =>
      withTenant(db, organizationId, async (trx) => {
        const row = await findSignature(trx, organizationId, documentId);
        return row ? { name: row.signer_name, signedAt: row.signed_at, image: row.image } : null;
      }),
  };
}

export type LinksService = ReturnType<typeof createLinksService>;
