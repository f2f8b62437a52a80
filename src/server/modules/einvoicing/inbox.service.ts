import {
  isMessageKey,
  type InboxDocument,
  type InboxListQuery,
  type InboxPage,
  type Language,
  type MessageKey,
  type PurchaseInvoice,
} from '../../../contract/index.js';
import {
  documentKey,
  InboundError,
  isAddressedTo,
  parseReceivedDocument,
  type ReceivedDocument,
} from '../../../core/einvoicing/inbound/index.js';
import { normalizeEnterpriseNumber } from '../../../core/identifiers/index.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { Actor, Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { nextCounter } from '../../platform/counters.js';
import {
  DomainError,
  NotFound,
  InvalidState,
  Unprocessable,
  TooLarge,
} from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { notify } from '../notifications/index.js';
import type { OrganizationsService } from '../organizations/index.js';
import { parseParticipantId } from './access-point/access-point.js';
import { accessPointOf } from './access-point-factory.js';
import {
  enterpriseNumberOf,
  linesOf,
  partyName,
  paymentOf,
  toInboxDocument,
  toInboxSummary,
  vatBreakdownOf,
  type InboxRow,
} from './inbox-view.js';
import { defineInboxJobs, PEPPOL_POLL_JOB } from './einvoicing.jobs.js';
import {
  findInboxRow,
  findSameInboxRow,
  insertInboxRow,
  listInboxRows,
  lockInboxRow,
  markInboxAccepted,
  markInboxRejected,
} from './inbox.repository.js';
import type { PeppolService } from './peppol.service.js';
import { insertPurchase } from './purchases.repository.js';
import { loadPurchase } from './purchases.service.js';
import { findSellerContact, insertContact, markContactSupplier } from './suppliers.repository.js';

/** A received file larger than this is no invoice (its PDF included). */
export const INBOUND_MAX_BYTES = 20 * 1024 * 1024;

export interface ReceiveResult {
  document: InboxDocument;
  /** False when the same document was already in the inbox (a repeated webhook, a second upload). */
  created: boolean;
}

function inboundError(error: InboundError): DomainError {
  const key = `error.inbound.${error.code}`;
  return Unprocessable(isMessageKey(key) ? key : 'error.inbound.malformedXml', {
    params: {
      path: error.path || '/',
    },
  });
}

/**
 * Received e-invoices: from the access point (webhook or polling) or uploaded by hand. Each is
 * read completely before anything is stored, kept once (by sender, type and number), and becomes
 * a purchase invoice when accepted.
 */
export function createInboxService(
  deps: Deps,
  services: { organizations: OrganizationsService; peppol: PeppolService },
) {
  const { db, clock, storage, jobs, secrets } = deps;

  async function ourIdentity(organizationId: string) {
    const [organization, settings] = await Promise.all([
      services.organizations.get(organizationId),
      services.peppol.settingsRow(organizationId),
    ]);
    const endpoints = [settings?.participant_id]
      .map((id) => (id ? parseParticipantId(id) : undefined))
      .flatMap((id) => (id ? [{ scheme: id.scheme, id: id.value }] : []));
    return {
      endpoints,
      vatNumber: organization.vatNumber,
      enterpriseNumber: organization.enterpriseNumber
        ? normalizeEnterpriseNumber(organization.enterpriseNumber)
        : null,
    };
  }

  function parse(xml: string): ReceivedDocument {
    try {
      return parseReceivedDocument(xml, { maxBytes: INBOUND_MAX_BYTES });
    } catch (error) {
      if (error instanceof InboundError) throw inboundError(error);
      throw error;
    }
  }

  async function receive(
    organizationId: string,
    xml: string,
    source: 'peppol' | 'upload',
    externalId: string | null,
    language: Language,
  ): Promise<ReceiveResult> {
    const document = parse(xml);
    if (!isAddressedTo(document, await ourIdentity(organizationId))) {
      throw Unprocessable('error.inbound.notForUs');
    }
    const key = documentKey(document);
    const id = newId();
    const attachment =
      document.pdfAttachment === null ? null : document.attachments[document.pdfAttachment];
    // The PDF is written first: a row never points to a file that is not there.
    const pdfKey = attachment?.content ? `inbox/${organizationId}/${id}.pdf` : null;
    if (pdfKey && attachment?.content) {
      await storage.put(pdfKey, Buffer.from(attachment.content, 'base64'));
    }
    const now = clock.now();
    const stored = await withTenant(db, organizationId, async (trx) => {
      const inserted = await insertInboxRow(trx, {
        organization_id: organizationId,
        id,
        source,
        external_id: externalId,
        document_key: key,
        status: 'new',
        document_kind: document.kind,
        number: document.number,
        issue_date: document.issueDate,
        due_date: document.dueDate,
        currency: document.currency,
        seller_name: partyName(document.seller),
        seller_vat_number: document.seller.vatNumber,
        total_payable: document.totals.payable,
        xml,
        pdf_key: pdfKey,
        received_at: now,
        updated_at: now,
      });
      if (inserted) {
        await notify(
          trx,
          organizationId,
          'messageReceived',
          { sender: inserted.seller_name, number: inserted.number },
          { link: `/inbox/${inserted.id}`, at: now },
        );
        return { row: inserted, created: true };
      }
      const existing = await findSameInboxRow(trx, organizationId, key, externalId);
      return { row: existing, created: false };
    });
    if (!stored.created && pdfKey) await storage.delete(pdfKey).catch(() => undefined);
    return { document: toInboxDocument(stored.row, document, language), created: stored.created };
  }

  defineInboxJobs(jobs, pollNow);

  async function pollNow(organizationId: string): Promise<number> {
    const row = await services.peppol.settingsRow(organizationId);
    if (!row) throw InvalidState('error.peppolNotConfigured');
    const accessPoint = accessPointOf(row, secrets);
    let received = 0;
    let cursor: string | undefined;
    do {
      const page = await accessPoint.listReceived(cursor ? { cursor } : {});
      for (const item of page.documents) {
        try {
          const result = await receive(organizationId, item.xml, 'peppol', item.id, 'en');
          if (result.created) received += 1;
        } catch (error) {
          // A document we cannot read or that is not ours stays out of the inbox, and is not
          // fetched again and again: the access point keeps it.
          if (!(error instanceof DomainError)) throw error;
        }
        await accessPoint.markReceived(item.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    return received;
  }

  async function findOrCreateSupplier(
    trx: Tx,
    actor: Actor,
    document: ReceivedDocument,
    now: Date,
  ): Promise<string> {
    const seller = document.seller;
    const enterprise = enterpriseNumberOf(seller);
    const vat = seller.vatNumber?.replace(/[^A-Za-z0-9]/g, '').toUpperCase() ?? null;
    const found = await findSellerContact(trx, actor.organizationId, {
      vatNumber: vat,
      enterpriseNumber: enterprise,
      name: partyName(seller),
    });
    if (found) {
      if (!found.is_supplier) await markContactSupplier(trx, actor.organizationId, found.id, now);
      return found.id;
    }
    const id = newId();
    const address = seller.address;
    await insertContact(trx, {
      organization_id: actor.organizationId,
      id,
      number: await nextCounter(trx, actor.organizationId, 'contacts'),
      kind: 'company',
      name: partyName(seller),
      is_customer: false,
      is_supplier: true,
      is_prospect: false,
      language: 'fr',
      currency: document.currency.length === 3 ? document.currency : 'EUR',
      vat_regime: 'normal',
      street: address?.street ?? null,
      postal_code: address?.postalCode ?? null,
      city: address?.city ?? null,
      country: address?.country ?? 'BE',
      vat_number: vat,
      enterprise_number: enterprise,
      email: seller.contact?.email ?? null,
      phone: seller.contact?.telephone ?? null,
      peppol_id: seller.endpoint?.scheme ? `${seller.endpoint.scheme}:${seller.endpoint.id}` : null,
      created_at: now,
      updated_at: now,
    });
    await writeAudit(trx, {
      organizationId: actor.organizationId,
      userId: actor.userId,
      action: 'contact.created',
      entityType: 'contact',
      entityId: id,
      data: { from: 'inbox' },
      ip: actor.ip,
      at: now,
    });
    return id;
  }

  /** Locks an inbox entry that is still to be handled. */
  async function openEntry(trx: Tx, organizationId: string, id: string): Promise<InboxRow> {
    const row = await lockInboxRow(trx, organizationId, id);
    if (!row) throw NotFound();
    if (row.status !== 'new') throw InvalidState('error.inboxHandled');
    return row;
  }

  return {
    receive,
    pollNow,

    /** An access point's notice that something arrived: fetch it in the background, once. */
    async pollLater(organizationId: string): Promise<void> {
      await withTenant(db, organizationId, (trx) =>
        jobs.enqueue(trx, PEPPOL_POLL_JOB, { organizationId }, { singletonKey: organizationId }),
      );
    },

    async upload(organizationId: string, bytes: Buffer, language: Language) {
      if (bytes.length > INBOUND_MAX_BYTES) throw TooLarge('error.inbound.tooLarge' as MessageKey);
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
      let xml: string;
      try {
        xml = text.decode(bytes);
      } catch {
        throw Unprocessable('error.inbound.encoding');
      }
      return receive(organizationId, xml, 'upload', null, language);
    },

    list(
      organizationId: string,
      query: { page: number; pageSize: number; status?: InboxListQuery['status'] },
    ): Promise<InboxPage> {
      return withTenant(db, organizationId, async (trx) => {
        const { rows, total } = await listInboxRows(trx, organizationId, query);
        return {
          items: rows.map(toInboxSummary),
          page: query.page,
          pageSize: query.pageSize,
          total,
        };
      });
    },

    async get(organizationId: string, id: string, language: Language): Promise<InboxDocument> {
      const row = await withTenant(db, organizationId, (trx) =>
        findInboxRow(trx, organizationId, id),
      );
      if (!row) throw NotFound();
      return toInboxDocument(row, parse(row.xml), language);
    },

    async file(
      organizationId: string,
      id: string,
      kind: 'xml' | 'pdf',
    ): Promise<{ data: Buffer; filename: string }> {
      const row = await withTenant(db, organizationId, (trx) =>
        findInboxRow(trx, organizationId, id),
      );
      if (!row) throw NotFound();
      const name = row.number.replace(/[^\w.-]+/g, '_');
      if (kind === 'xml') return { data: Buffer.from(row.xml, 'utf8'), filename: `${name}.xml` };
      if (!row.pdf_key) throw NotFound();
      const data = await storage.get(row.pdf_key);
      if (!data) throw NotFound();
      return { data, filename: `${name}.pdf` };
    },

    /** Records the document as a purchase invoice of its supplier (found or created). */
    accept(actor: Actor, id: string): Promise<PurchaseInvoice> {
      return withTenant(db, actor.organizationId, async (trx) => {
        const row = await openEntry(trx, actor.organizationId, id);
        const document = parse(row.xml);
        const now = clock.now();
        const supplierId = await findOrCreateSupplier(trx, actor, document, now);
        const payment = paymentOf(document);
        const purchaseId = newId();
        const inserted = await insertPurchase(trx, {
          organization_id: actor.organizationId,
          id: purchaseId,
          supplier_id: supplierId,
          inbox_document_id: row.id,
          document_kind: document.kind,
          number: document.number,
          issue_date: document.issueDate,
          due_date: document.dueDate,
          currency: document.currency,
          total_excl: document.totals.taxExclusive,
          total_vat: document.totals.taxTotal ?? '0',
          total_incl: document.totals.taxInclusive,
          total_payable: document.totals.payable,
          iban: payment.iban,
          bic: payment.bic,
          payment_reference: payment.structuredCommunication ?? payment.reference,
          status: 'toPay',
          lines: JSON.stringify(linesOf(document)),
          vat_breakdown: JSON.stringify(vatBreakdownOf(document)),
          created_at: now,
          updated_at: now,
        });
        if (!inserted) throw InvalidState('error.inboxHandled');
        await markInboxAccepted(trx, actor.organizationId, id, purchaseId, now);
        await writeAudit(trx, {
          organizationId: actor.organizationId,
          userId: actor.userId,
          action: 'inbox.accepted',
          entityType: 'purchaseInvoice',
          entityId: purchaseId,
          data: { inboxDocumentId: id },
          ip: actor.ip,
          at: now,
        });
        return loadPurchase(trx, actor.organizationId, purchaseId);
      });
    },

    async reject(
      actor: Actor,
      id: string,
      reason: string,
      language: Language,
    ): Promise<InboxDocument> {
      const row = await withTenant(db, actor.organizationId, async (trx) => {
        await openEntry(trx, actor.organizationId, id);
        const now = clock.now();
        await writeAudit(trx, {
          organizationId: actor.organizationId,
          userId: actor.userId,
          action: 'inbox.rejected',
          entityType: 'inboxDocument',
          entityId: id,
          data: { reason },
          ip: actor.ip,
          at: now,
        });
        return markInboxRejected(trx, actor.organizationId, id, reason, now);
      });
      return toInboxDocument(row, parse(row.xml), language);
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
