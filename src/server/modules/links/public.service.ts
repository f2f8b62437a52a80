import type { z } from 'zod';
import type { DocumentType, PublicDocument, signRequestSchema } from '../../../contract/index.js';
import type { Deps } from '../../deps.js';
import { withTenant } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import {
  clearFailures,
  recordFailure,
  throttleWait,
  type ThrottleRule,
} from '../../platform/auth/throttle.js';
import { todayInBelgium } from '../../platform/dates.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../platform/db-errors.js';
import { NotFound, InvalidState, TooManyRequests } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import {
  acceptSignedQuote,
  DOCUMENT_KINDS,
  type DocumentsService,
  type LayoutService,
  type PdfService,
} from '../documents/index.js';
import { notify } from '../notifications/index.js';
import type { OrganizationsService } from '../organizations/index.js';
import {
  accessCookieValue,
  ACCESS_TTL_MS,
  emailMatches,
  hashLinkSecret,
  hasAccess,
} from './link-secrets.js';
import {
  emptyRoundTrip,
  findPublicLink,
  findSignature,
  insertSignature,
  recordOpen,
  type PublicLinkRow,
} from './links.repository.js';
import { publicView } from './public-view.js';
import { readSignaturePng } from './signature-image.js';

type SignRequest = z.output<typeof signRequestSchema>;

export interface Visitor {
  ip: string | null;
  /** The access cookie set by a passed e-mail check, if the browser sent one. */
  cookie: string | undefined;
}

const FIFTEEN_MINUTES = 15 * 60_000;
/** A tenant id no organization has: the unknown-link path runs the same transaction shape. */
const NO_ORGANIZATION = '00000000-0000-0000-0000-000000000000';

/**
 * Failed e-mail checks per link and address (slow guessing of one document's recipient) and per
 * address across links (trying many links). Kept in the database like login throttling.
 */
function unlockRules(tokenHash: string, ip: string | null): ThrottleRule[] {
  return [
    { key: `link:${tokenHash}:${ip ?? 'unknown'}`, maxFailures: 5, windowMs: FIFTEEN_MINUTES },
    { key: `link-ip:${ip ?? 'unknown'}`, maxFailures: 30, windowMs: FIFTEEN_MINUTES },
  ];
}

/** The one answer for an unknown, revoked or locked link and a wrong address. */
const linkNotFound = () => NotFound('error.linkNotFound');

function typeOf(stored: string): DocumentType {
  const entry = Object.entries(DOCUMENT_KINDS).find(([, kind]) => kind.stored === stored);
  if (!entry) throw linkNotFound();
  return entry[0] as DocumentType;
}

/**
 * What a customer can do with a link, without an account: pass the e-mail check, read the
 * document, download its PDF, and sign a quote.
 */
export function createPublicDocumentsService(
  { db, clock, secrets }: Deps,
  services: {
    documents: DocumentsService;
    organizations: OrganizationsService;
    layouts: LayoutService;
    pdf: PdfService;
  },
) {
  /** The link behind `token`, if it exists and the visitor passed the check (when one is asked). */
  async function gate(token: string, visitor: Visitor): Promise<PublicLinkRow> {
    const link = await findPublicLink(db, hashLinkSecret(token));
    if (!link) throw linkNotFound();
    if (link.require_email && !hasAccess(secrets, visitor.cookie, link.id, clock.now()))
      throw linkNotFound();
    return link;
  }

  async function view(link: PublicLinkRow): Promise<PublicDocument> {
    const type = typeOf(link.document_type);
    const [document, organization, layout, signature] = await Promise.all([
      services.documents.get(link.organization_id, type, link.document_id),
      services.organizations.get(link.organization_id),
      services.layouts.get(link.organization_id),
      withTenant(db, link.organization_id, (trx) =>
        findSignature(trx, link.organization_id, link.document_id),
      ),
    ]);
    return publicView({
      document,
      organization,
      color: layout.color,
      signature: signature ? { name: signature.signer_name, signedAt: signature.signed_at } : null,
    });
  }

  return {
    /**
     * The extra check: the visitor types the address the document was sent to. A wrong address
     * and an unknown link get the same answer after the same work (one lookup, a comparison of
     * digests, the failure counted); after 5 failures per link and address (30 per address) the
     * answer is 429 until the window ends. Returns the access cookie's value.
     */
    async unlock(token: string, email: string, visitor: Visitor): Promise<string> {
      const tokenHash = hashLinkSecret(token);
      const rules = unlockRules(tokenHash, visitor.ip);
      const wait = await throttleWait(db, rules, clock.now());
      if (wait > 0) {
        throw TooManyRequests('error.tooManyAttempts', {
          params: { minutes: Math.ceil(wait / 60_000) },
          headers: { 'retry-after': String(Math.ceil(wait / 1000)) },
        });
      }
      const link = await findPublicLink(db, tokenHash);
      const matches = emailMatches(email, link?.sent_to ?? []);
      const now = clock.now();
      if (!link || (link.require_email && !matches)) {
        await recordFailure(db, rules, now);
        await withTenant(db, link?.organization_id ?? NO_ORGANIZATION, async (trx) => {
          if (!link) {
            await emptyRoundTrip(trx);
            return;
          }
          await writeAudit(trx, {
            organizationId: link.organization_id,
            userId: null,
            action: 'link.emailCheckFailed',
            entityType: 'document',
            entityId: link.document_id,
            ip: visitor.ip,
            at: now,
          });
        });
        throw linkNotFound();
      }
      await clearFailures(db, rules[0]?.key ?? '');
      return accessCookieValue(secrets, link.id, now);
    },

    accessSeconds: ACCESS_TTL_MS / 1000,

    /** The document as the customer sees it; every opening is recorded in its history. */
    async open(token: string, visitor: Visitor): Promise<PublicDocument> {
      const link = await gate(token, visitor);
      const now = clock.now();
      await withTenant(db, link.organization_id, async (trx) => {
        await recordOpen(trx, link.organization_id, link.id, now);
        await writeAudit(trx, {
          organizationId: link.organization_id,
          userId: null,
          action: 'link.opened',
          entityType: 'document',
          entityId: link.document_id,
          ip: visitor.ip,
          at: now,
        });
      });
      return view(link);
    },

    async pdf(token: string, visitor: Visitor) {
      const link = await gate(token, visitor);
      return services.pdf.document(
        link.organization_id,
        typeOf(link.document_type),
        link.document_id,
      );
    },

    /**
     * A quote signed by drawing: accepted and locked, the signature (image, name, time, address)
     * stored, the company notified, all in one transaction. Anything but a finalised or sent,
     * unexpired, unanswered quote is refused with 409.
     */
    async sign(token: string, input: SignRequest, visitor: Visitor): Promise<PublicDocument> {
      const image = readSignaturePng(input.signature);
      const link = await gate(token, visitor);
      if (link.document_type !== DOCUMENT_KINDS.quote.stored)
        throw InvalidState('error.quoteNotSignable');
      const now = clock.now();
      try {
        await withTenant(db, link.organization_id, async (trx) => {
          const quote = await acceptSignedQuote(trx, link.organization_id, link.document_id, {
            today: todayInBelgium(now),
            at: now,
            ip: visitor.ip,
          });
          await insertSignature(trx, {
            organization_id: link.organization_id,
            id: newId(),
            document_id: link.document_id,
            link_id: link.id,
            signer_name: input.name,
            image,
            signed_at: now,
            ip: visitor.ip,
          });
          await writeAudit(trx, {
            organizationId: link.organization_id,
            userId: null,
            action: 'document.signed',
            entityType: 'document',
            entityId: link.document_id,
            data: { name: input.name },
            ip: visitor.ip,
            at: now,
          });
          await notify(
            trx,
            link.organization_id,
            'quoteSigned',
            { number: quote.number, customer: quote.customerName },
            { link: `/quotes/${link.document_id}`, at: now },
          );
        });
      } catch (error) {
        if (pgErrorCode(error) === UNIQUE_VIOLATION) throw InvalidState('error.quoteNotSignable');
        throw error;
      }
      return view(link);
    },
  };
}

export type PublicDocumentsService = ReturnType<typeof createPublicDocumentsService>;
