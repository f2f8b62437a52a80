import type { ActionStatus, AuditAction } from '../../../contract/index.js';
import type { z } from 'zod';
import type {
  convertQuoteRequestSchema,
  creditNoteRequestSchema,
  Document,
  DocumentInputParsed,
  DocumentPage,
  DocumentType,
  documentListQuerySchema,
  FinalizePreview,
  FinalizeRequest,
  FinalizeRequestParsed,
} from '../../../contract/index.js';
import { depositDeductionLines, depositInvoiceLines } from '../../../core/documents/index.js';
import { structuredCommunication } from '../../../core/identifiers/index.js';
import { fiscalYearOf, formatDocumentNumber } from '../../../core/numbering/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { lockCounter, nextCounter } from '../../platform/counters.js';
import { todayInBelgium } from '../../platform/dates.js';
import { BadRequest, NotFound, InvalidState } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { canBecome, DOCUMENT_KINDS, kindOf } from './document-kinds.js';
import { prepareDraft, toNewLine, type TotalsLine } from './document-draft.js';
import {
  asFieldErrors,
  editConflict,
  invalidState,
  notDraft,
  sameVersion,
} from './document-errors.js';
import { conversionOf, toDocument, toSummary } from './document-mapper.js';
import { checkFinalizable, confirmationsNeeded } from './finalize-checks.js';
import { sellerAccountsSnapshot } from './seller-accounts.js';
import { totalsOf, type StoredDiscount } from './document-totals.js';
import {
  counterValue,
  defaultJournal,
  findDerived,
  findDerivedOfMany,
  findDocument,
  findIdempotentDocument,
  findJournal,
  findLines,
  findPayments,
  insertDocument,
  insertIdempotencyKey,
  latestNumberedDate,
  listDocuments,
  replaceLines,
  updateDocument,
  type DocumentRow,
  type LineRow,
} from './documents.repository.js';

type ListQuery = z.output<typeof documentListQuerySchema>;

/**
 * A document may become another kind only as its entry says (`becomes`), and, where the entry
 * asks it, once finalised: a draft invoice is not credited.
 */
function checkConversion(from: DocumentType, to: DocumentType, source: DocumentRow): void {
  if (!canBecome(from, to)) throw invalidState();
  if (kindOf(from).becomesOnlyWhenFinal && source.status === 'draft') throw invalidState();
}
type ConvertRequest = z.output<typeof convertQuoteRequestSchema>;
type CreditNoteRequest = z.output<typeof creditNoteRequestSchema>;

const asTotalsLine = (line: LineRow): TotalsLine => ({
  kind: line.kind as TotalsLine['kind'],
  description: line.description ?? '',
  product_id: line.product_id,
  quantity: line.quantity,
  unit_code: line.unit_code,
  unit_price: line.unit_price,
  discount: line.discount as StoredDiscount | null,
  vat_rate: line.vat_rate,
  vat_category: line.vat_category,
  purchase_price: line.purchase_price,
  is_deposit_deduction: line.is_deposit_deduction,
});

/** Quotes, invoices and credit notes: one engine, one lifecycle table, one totals function. */
export function createDocumentsService({ db, clock }: Deps) {
  const today = () => todayInBelgium(clock.now());

  async function load(
    trx: Tx,
    organizationId: string,
    type: DocumentType,
    id: string,
  ): Promise<Document> {
    const row = await findDocument(trx, organizationId, id);
    if (!row || row.document_type !== DOCUMENT_KINDS[type].stored) throw NotFound();
    const lines = await findLines(trx, organizationId, id);
    const derived = await findDerived(trx, organizationId, id);
    const payments = await findPayments(trx, organizationId, id);
    return toDocument(row, lines, totalsOf(row, lines), derived, payments, today());
  }

  /** The document, locked for this transaction, of the expected type. */
  async function locked(
    trx: Tx,
    organizationId: string,
    type: DocumentType,
    id: string,
  ): Promise<DocumentRow> {
    const row = await findDocument(trx, organizationId, id, true);
    if (!row || row.document_type !== DOCUMENT_KINDS[type].stored) throw NotFound();
    return row;
  }

  const audit = (trx: Tx, actor: Actor, action: AuditAction, id: string, at: Date, data = {}) =>
    writeAudit(trx, { ...actor, action, entityType: 'document', entityId: id, at, data });

  /** Writes a new draft from finished values and lines; the totals are stored for lists and reports. */
  async function insertDraft(
    trx: Tx,
    actor: Actor,
    type: DocumentType,
    draft: Awaited<ReturnType<typeof prepareDraft>>,
    extra: { source_document_id?: string; deposit?: string } = {},
  ): Promise<string> {
    const now = clock.now();
    const id = newId();
    await insertDocument(trx, actor.organizationId, {
      ...draft.values,
      ...extra,
      id,
      document_type: DOCUMENT_KINDS[type].stored,
      status: 'draft',
      created_at: now,
      updated_at: now,
    });
    await replaceLines(trx, actor.organizationId, id, draft.lines);
    await audit(trx, actor, 'document.created', id, now, { type });
    return id;
  }

  /** A new draft made from existing lines (copies, conversions, credit notes). */
  async function draftFrom(
    trx: Tx,
    actor: Actor,
    type: DocumentType,
    source: DocumentRow,
    rows: TotalsLine[],
    issueDate: string,
    extra: { source_document_id?: string; deposit?: string } = {},
  ): Promise<string> {
    const journal = await defaultJournal(trx, actor.organizationId, DOCUMENT_KINDS[type].stored);
    if (!journal) throw new Error(`no default ${type} journal`);
    const base = await prepareDraft(trx, actor.organizationId, type, {
      customerId: source.contact_id,
      journalId: journal.id,
      issueDate,
      dueDate: null,
      validUntil: null,
      language: source.language as DocumentInputParsed['language'],
      currency: source.currency as DocumentInputParsed['currency'],
      exchangeRate: source.exchange_rate,
      orderReference: source.order_reference,
      deliveryDate: source.delivery_date,
      priceMode: source.price_mode as 'excl' | 'incl',
      vatRegime: source.vat_regime as DocumentInputParsed['vatRegime'],
      vatExemptionReason: source.vat_exemption_reason,
      discount: source.discount as StoredDiscount | null,
      settlementDiscount: source.settlement_discount as DocumentInputParsed['settlementDiscount'],
      textAbove: source.text_above,
      textBelow: source.text_below,
      internalNote: null,
      lines: [],
    });
    // The source's lines keep their own VAT categories (a deposit deduction must match its deposit).
    const totals = totalsOf(source, rows);
    return insertDraft(
      trx,
      actor,
      type,
      {
        values: {
          ...base.values,
          // The source's own snapshot: a credit note delivers where its invoice did.
          delivery_address: source.delivery_address
            ? JSON.stringify(source.delivery_address)
            : null,
          total_excl: totals.totalExcl,
          total_vat: totals.totalVat,
          total_incl: totals.totalIncl,
        },
        lines: rows.map(toNewLine),
      },
      extra,
    );
  }

  /**
   * Numbers the document in its journal and fiscal year, in this transaction, from the locked
   * counter row: gapless and unique under any concurrency. Invoices also get their structured
   * communication. From here on the document is locked. Returns the number as printed.
   */
  async function numberIn(
    trx: Tx,
    actor: Actor,
    type: DocumentType,
    id: string,
    request: FinalizeRequest = {},
  ): Promise<string> {
    const row = await locked(trx, actor.organizationId, type, id);
    if (row.deleted_at) throw NotFound();
    if (row.status !== 'draft') throw InvalidState('error.invalidState');
    const lines = await findLines(trx, actor.organizationId, id);
    if (!lines.some((line) => line.kind === 'item')) throw BadRequest('error.emptyDocument');
    const confirmed = checkFinalizable(type, row, totalsOf(row, lines), request);
    const journal = await findJournal(trx, actor.organizationId, row.journal_id);
    if (!journal) throw NotFound();
    const fiscalYear = fiscalYearOf(row.issue_date, journal.fiscal_year_start_month);
    const scope = `journal:${journal.id}:${fiscalYear}`;
    // Lock the series first: the date check below then sees every number committed before ours.
    await lockCounter(trx, actor.organizationId, scope);
    // Numbers follow the dates (Belgian VAT Code): no document may be dated before the last one numbered.
    const latest = await latestNumberedDate(trx, actor.organizationId, journal.id, fiscalYear);
    if (latest && latest > row.issue_date) {
      throw InvalidState('error.dateBeforeLastNumber', {
        params: { date: latest },
        fields: { issueDate: 'error.dateBeforeLastNumber' },
      });
    }
    const number = await nextCounter(trx, actor.organizationId, scope);
    const numberFormatted = formatDocumentNumber(
      journal.format,
      number,
      row.issue_date,
      journal.fiscal_year_start_month,
    );
    let ogm: string | null = null;
    if (kindOf(type).structuredCommunication) {
      // Ten digits unique in the organization: the year and a per-year counter.
      const year = row.issue_date.slice(0, 4);
      const serial = await nextCounter(trx, actor.organizationId, `ogm:${year}`);
      ogm = structuredCommunication(`${year}${String(serial).padStart(6, '0')}`);
    }
    const now = clock.now();
    await updateDocument(trx, actor.organizationId, id, {
      status: 'finalized',
      number,
      number_formatted: numberFormatted,
      fiscal_year: String(fiscalYear),
      structured_communication: ogm,
      // Issued with these accounts: its PDF, UBL and QR code keep them when the settings change.
      seller_bank_accounts: JSON.stringify(await sellerAccountsSnapshot(trx, actor.organizationId)),
      finalized_at: now,
      updated_at: now,
    });
    // What the user confirmed is kept with the event (DOMAIN §4.2: the 6 % rate for a business).
    await audit(trx, actor, 'document.finalized', id, now, {
      number: numberFormatted,
      ...(confirmed.length > 0 && { confirmed }),
    });
    return numberFormatted;
  }

  /** Replaces a draft's content and lines, unless someone else saved it since `expectedVersion`. */
  async function saveDraftIn(
    trx: Tx,
    actor: Actor,
    type: DocumentType,
    id: string,
    input: DocumentInputParsed,
    expectedVersion: string | undefined,
  ): Promise<void> {
    const row = await locked(trx, actor.organizationId, type, id);
    if (row.status !== 'draft' || row.deleted_at) throw notDraft();
    if (expectedVersion !== undefined && !sameVersion(row.updated_at, expectedVersion)) {
      throw editConflict();
    }
    const draft = await prepareDraft(trx, actor.organizationId, type, input);
    const now = clock.now();
    await updateDocument(trx, actor.organizationId, id, { ...draft.values, updated_at: now });
    await replaceLines(trx, actor.organizationId, id, draft.lines);
    await audit(trx, actor, 'document.updated', id, now);
  }

  /** A draft written in the caller's transaction (subscriptions create invoices with their own rows). */
  async function createIn(
    trx: Tx,
    actor: Actor,
    type: DocumentType,
    input: DocumentInputParsed,
  ): Promise<string> {
    return insertDraft(
      trx,
      actor,
      type,
      await prepareDraft(trx, actor.organizationId, type, input),
    );
  }

  return {
    list: (organizationId: string, type: DocumentType, query: ListQuery): Promise<DocumentPage> =>
      withTenant(db, organizationId, async (trx) => {
        const now = today();
        const { items, total } = await listDocuments(trx, organizationId, {
          ...query,
          type: DOCUMENT_KINDS[type].stored,
          today: now,
        });
        // A converted quote shows what it became (one query for the page, not one per row).
        const derived =
          type === 'quote'
            ? await findDerivedOfMany(
                trx,
                organizationId,
                items.map((row) => row.id),
              )
            : [];
        return {
          items: items.map((row) =>
            toSummary(
              row,
              now,
              conversionOf(derived.filter((d) => d.source_document_id === row.id)),
            ),
          ),
          page: query.page,
          pageSize: query.pageSize,
          total,
        };
      }),

    get: (organizationId: string, type: DocumentType, id: string) =>
      withTenant(db, organizationId, (trx) => load(trx, organizationId, type, id)),

    /**
     * The same work inside a transaction the caller owns, for modules whose own rows must commit
     * or roll back with the document (a subscription run). Refusals are not turned into field errors.
     */
    inTransaction: { create: createIn, finalize: numberIn },

    /** With an Idempotency-Key, a retried request returns the document the first one created. */
    create: (
      actor: Actor,
      type: DocumentType,
      input: DocumentInputParsed,
      idempotencyKey?: string,
    ): Promise<Document> =>
      asFieldErrors(() =>
        withTenant(db, actor.organizationId, async (trx) => {
          const scope = `create:${type}`;
          if (idempotencyKey) {
            const seen = await findIdempotentDocument(
              trx,
              actor.organizationId,
              scope,
              idempotencyKey,
            );
            if (seen) return load(trx, actor.organizationId, type, seen);
          }
          const id = await insertDraft(
            trx,
            actor,
            type,
            await prepareDraft(trx, actor.organizationId, type, input),
          );
          if (idempotencyKey) {
            await insertIdempotencyKey(trx, actor.organizationId, {
              scope,
              key: idempotencyKey,
              documentId: id,
              at: clock.now(),
            });
          }
          return load(trx, actor.organizationId, type, id);
        }),
      ),

    update: (
      actor: Actor,
      type: DocumentType,
      id: string,
      input: DocumentInputParsed,
      /** The `updatedAt` the editor last read: another tab's or colleague's save is not overwritten. */
      expectedVersion?: string,
    ): Promise<Document> =>
      asFieldErrors(() =>
        withTenant(db, actor.organizationId, async (trx) => {
          await saveDraftIn(trx, actor, type, id, input, expectedVersion);
          return load(trx, actor.organizationId, type, id);
        }),
      ),

    /** Drafts only, and softly: a deleted draft can be restored. */
    remove: (actor: Actor, type: DocumentType, id: string): Promise<void> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const row = await locked(trx, actor.organizationId, type, id);
        if (row.status !== 'draft') throw notDraft();
        const now = clock.now();
        await updateDocument(trx, actor.organizationId, id, { deleted_at: now, updated_at: now });
        await audit(trx, actor, 'document.deleted', id, now);
      }),

    restore: (actor: Actor, type: DocumentType, id: string): Promise<Document> =>
      withTenant(db, actor.organizationId, async (trx) => {
        await locked(trx, actor.organizationId, type, id);
        const now = clock.now();
        await updateDocument(trx, actor.organizationId, id, { deleted_at: null, updated_at: now });
        await audit(trx, actor, 'document.restored', id, now);
        return load(trx, actor.organizationId, type, id);
      }),

    /**
     * Numbers the draft. With `request.draft` ("save and finalise"), saves it first in the same
     * transaction: a refused line or check leaves the draft as it was and takes no number.
     */
    finalize: (
      actor: Actor,
      type: DocumentType,
      id: string,
      request: Partial<FinalizeRequestParsed> = {},
      /** With a draft: the `updatedAt` the editor last read (If-Match). */
      expectedVersion?: string,
    ): Promise<Document> =>
      asFieldErrors(() =>
        withTenant(db, actor.organizationId, async (trx) => {
          const { draft, ...confirm } = request;
          if (draft) {
            await saveDraftIn(trx, actor, type, id, draft, expectedVersion);
          }
          await numberIn(trx, actor, type, id, confirm);
          return load(trx, actor.organizationId, type, id);
        }),
      ),

    /** The number a draft would take now and what must be confirmed; reads only, locks nothing. */
    finalizePreview: (
      organizationId: string,
      type: DocumentType,
      id: string,
    ): Promise<FinalizePreview> =>
      withTenant(db, organizationId, async (trx) => {
        const row = await findDocument(trx, organizationId, id);
        if (!row || row.document_type !== DOCUMENT_KINDS[type].stored || row.deleted_at)
          throw NotFound();
        if (row.status !== 'draft') throw invalidState();
        const journal = await findJournal(trx, organizationId, row.journal_id);
        if (!journal) throw NotFound();
        const fiscalYear = fiscalYearOf(row.issue_date, journal.fiscal_year_start_month);
        const next =
          (await counterValue(trx, organizationId, `journal:${journal.id}:${fiscalYear}`)) + 1;
        const lines = await findLines(trx, organizationId, id);
        return {
          journalId: journal.id,
          fiscalYear,
          nextNumber: next,
          nextNumberFormatted: formatDocumentNumber(
            journal.format,
            next,
            row.issue_date,
            journal.fiscal_year_start_month,
          ),
          confirmations: confirmationsNeeded(type, row, totalsOf(row, lines)),
        };
      }),

    /**
     * Moves a finalized document along as its kind's entry allows (`transitions`: sent; quotes
     * accepted or refused): a change the kind does not declare from this status is refused.
     */
    transition: (
      actor: Actor,
      type: DocumentType,
      id: string,
      to: ActionStatus,
    ): Promise<Document> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const row = await locked(trx, actor.organizationId, type, id);
        const from = kindOf(type).transitions[to] as readonly string[] | undefined;
        if (
          row.deleted_at ||
          // Signed online: the customer's answer is final (DOMAIN §3).
          row.locked_at ||
          !from?.includes(row.status)
        )
          throw invalidState();
        const now = clock.now();
        await updateDocument(trx, actor.organizationId, id, {
          status: to,
          ...(to === 'sent' && { sent_at: now }),
          updated_at: now,
        });
        await audit(trx, actor, `document.${to}`, id, now);
        return load(trx, actor.organizationId, type, id);
      }),

    duplicate: (actor: Actor, type: DocumentType, id: string): Promise<Document> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const row = await locked(trx, actor.organizationId, type, id);
        const lines = (await findLines(trx, actor.organizationId, id)).filter(
          (line) => !line.is_deposit_deduction,
        );
        const copy = await draftFrom(trx, actor, type, row, lines.map(asTotalsLine), today());
        return load(trx, actor.organizationId, type, copy);
      }),

    /**
     * A quote becomes a new quote, an invoice (deducting the deposits already invoiced from it),
     * or a deposit invoice (a share of each VAT group).
     */
    convertQuote: (actor: Actor, id: string, request: ConvertRequest): Promise<Document> =>
      asFieldErrors(() =>
        withTenant(db, actor.organizationId, async (trx) => {
          const quote = await locked(trx, actor.organizationId, 'quote', id);
          if (quote.deleted_at) throw NotFound();
          checkConversion('quote', request.to === 'quote' ? 'quote' : 'invoice', quote);
          const lines = await findLines(trx, actor.organizationId, id);
          const issueDate = request.issueDate ?? today();
          if (request.to === 'quote') {
            return load(
              trx,
              actor.organizationId,
              'quote',
              await draftFrom(trx, actor, 'quote', quote, lines.map(asTotalsLine), issueDate),
            );
          }
          const quoteTotals = totalsOf(quote, lines);
          let rows: TotalsLine[];
          let deposit: string | undefined;
          if (request.to === 'deposit' && request.deposit) {
            const spec = request.deposit;
            const depositLines = depositInvoiceLines(quoteTotals, spec);
            const label = spec.type === 'percent' ? `${spec.value} %` : spec.value;
            rows = depositLines.lines.map((line) => ({
              kind: 'item',
              description: `${quote.number_formatted ?? ''} — ${label}`.trim(),
              product_id: null,
              quantity: String(line.quantity),
              unit_code: 'C62',
              unit_price: String(line.unitPrice),
              discount: null,
              vat_rate: String(line.vatRate),
              vat_category: line.vatCategory,
              purchase_price: null,
              is_deposit_deduction: false,
            }));
            deposit = JSON.stringify(spec);
          } else {
            rows = lines.map(asTotalsLine);
            // Deposits already invoiced from this quote come back as negative lines at their rates.
            for (const previous of await findDerived(trx, actor.organizationId, id)) {
              if (
                !previous.deposit ||
                previous.document_type !== 'invoice' ||
                previous.status === 'draft'
              )
                continue;
              const previousRow = await findDocument(trx, actor.organizationId, previous.id);
              if (!previousRow) continue;
              const previousTotals = totalsOf(
                previousRow,
                await findLines(trx, actor.organizationId, previous.id),
              );
              for (const line of depositDeductionLines(
                previousTotals,
                quote.price_mode as 'excl' | 'incl',
              )) {
                rows.push({
                  kind: 'item',
                  description: previous.number_formatted ?? '',
                  product_id: null,
                  quantity: String(line.quantity),
                  unit_code: 'C62',
                  unit_price: String(line.unitPrice),
                  discount: null,
                  vat_rate: String(line.vatRate),
                  vat_category: line.vatCategory,
                  purchase_price: null,
                  is_deposit_deduction: true,
                });
              }
            }
          }
          const invoiceId = await draftFrom(
            trx,
            actor,
            'invoice',
            { ...quote, discount: request.to === 'deposit' ? null : quote.discount },
            rows,
            issueDate,
            {
              source_document_id: id,
              ...(deposit && { deposit }),
            },
          );
          await audit(trx, actor, 'document.converted', id, clock.now(), {
            to: request.to,
            invoice: invoiceId,
          });
          return load(trx, actor.organizationId, 'invoice', invoiceId);
        }),
      ),

    /** A finalized invoice is corrected by a credit note of all or some of its lines, linked both ways. */
    creditNote: (actor: Actor, invoiceId: string, request: CreditNoteRequest): Promise<Document> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const invoice = await locked(trx, actor.organizationId, 'invoice', invoiceId);
        if (invoice.deleted_at) throw invalidState();
        checkConversion('invoice', 'creditNote', invoice);
        const lines = await findLines(trx, actor.organizationId, invoiceId);
        const chosen = request.lineIds
          ? lines.filter((line) => line.kind !== 'item' || request.lineIds?.includes(line.id))
          : lines;
        if (!chosen.some((line) => line.kind === 'item')) throw BadRequest('error.emptyDocument');
        const id = await draftFrom(
          trx,
          actor,
          'creditNote',
          invoice,
          chosen.map(asTotalsLine),
          request.issueDate ?? today(),
          {
            source_document_id: invoiceId,
          },
        );
        await audit(trx, actor, 'document.credited', invoiceId, clock.now(), { creditNote: id });
        return load(trx, actor.organizationId, 'creditNote', id);
      }),
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
