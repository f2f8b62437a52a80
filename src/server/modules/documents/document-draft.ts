import type { DocumentInputParsed, DocumentType } from '../../../contract/index.js';
import { lineVatTreatment } from '../../../core/documents/index.js';
import { dueDate } from '../../../core/numbering/index.js';
import { addDays, formatIsoDate, parseIsoDate } from '../../../core/numbering/calendar.js';
import type { Tx } from '../../db/tenant.js';
import { Validation } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { customerReference as reference } from '../customers/index.js';
import { deliveryAddressOf } from './document-delivery.js';
import { DOCUMENT_KINDS, kindOf } from './document-kinds.js';
import { totalsOf } from './document-totals.js';
import {
  defaultJournal,
  findJournal,
  type NewDocument,
  type NewLine,
} from './documents.repository.js';
import { existingProductIds, findContact, findOrganizationDefaults } from './drafts.repository.js';

/** A line as the totals function and the database both need it (discount still an object). */
export interface TotalsLine {
  kind: 'item' | 'section' | 'text';
  description: string;
  product_id: string | null;
  quantity: string | null;
  unit_code: string | null;
  unit_price: string | null;
  discount: { type: 'percent' | 'amount'; value: string } | null;
  vat_rate: string | null;
  vat_category: string | null;
  purchase_price: string | null;
  is_deposit_deduction: boolean;
}

const NO_AMOUNTS = {
  product_id: null,
  quantity: null,
  unit_code: null,
  unit_price: null,
  discount: null,
  vat_rate: null,
  vat_category: null,
  purchase_price: null,
  is_deposit_deduction: false,
} as const;

export function toNewLine(row: TotalsLine, position: number): NewLine {
  return {
    ...row,
    id: newId(),
    position,
    discount: row.discount ? JSON.stringify(row.discount) : null,
  };
}

/** Every product a line names must be one of this organization's: a field error per line otherwise. */
async function checkProducts(
  trx: Tx,
  organizationId: string,
  lines: DocumentInputParsed['lines'],
): Promise<void> {
  const ids = [
    ...new Set(
      lines.flatMap((line) => (line.kind === 'item' && line.productId ? [line.productId] : [])),
    ),
  ];
  if (ids.length === 0) return;
  const found = await existingProductIds(trx, organizationId, ids);
  const fields: Record<string, 'validation.unknownProduct'> = {};
  lines.forEach((line, index) => {
    if (line.kind === 'item' && line.productId && !found.has(line.productId))
      fields[`lines.${index}.productId`] = 'validation.unknownProduct';
  });
  if (Object.keys(fields).length > 0) throw Validation(fields);
}

/** What a draft is made of, checked and computed, ready to be written. */
export interface PreparedDraft {
  values: Omit<NewDocument, 'id' | 'document_type' | 'status' | 'created_at' | 'updated_at'>;
  lines: NewLine[];
}

const QUOTE_VALIDITY_DAYS = 30;
const DEFAULT_PAYMENT_DAYS = 30;

/**
 * Turns a request into document values: the customer snapshot (later edits of the contact never
 * change the document), defaults from the customer, VAT categories from the regime, and totals
 * from the one core function.
 */
export async function prepareDraft(
  trx: Tx,
  organizationId: string,
  type: DocumentType,
  input: DocumentInputParsed,
): Promise<PreparedDraft> {
  const [organization, contact] = await Promise.all([
    findOrganizationDefaults(trx, organizationId),
    findContact(trx, organizationId, input.customerId),
  ]);
  if (!contact) throw Validation({ customerId: 'validation.unknownCustomer' });
  const journal = input.journalId
    ? await findJournal(trx, organizationId, input.journalId)
    : await defaultJournal(trx, organizationId, DOCUMENT_KINDS[type].stored);
  if (!journal || journal.document_type !== DOCUMENT_KINDS[type].stored)
    throw Validation({ journalId: 'validation.invalid' });

  const regime =
    input.vatRegime ?? (contact.vat_regime as DocumentInputParsed['vatRegime'] & string);
  if (regime === 'exempt' && !(input.vatExemptionReason ?? contact.vat_exemption_reason)) {
    throw Validation({ vatExemptionReason: 'validation.required' });
  }
  await checkProducts(trx, organizationId, input.lines);
  const organizationRegime = organization.vat_regime as 'liable' | 'franchise' | 'exempt';
  const rows: TotalsLine[] = input.lines.map((line) => {
    if (line.kind !== 'item')
      return { ...NO_AMOUNTS, kind: line.kind, description: line.description };
    const vat = lineVatTreatment(regime, line.vatRate, organizationRegime);
    return {
      kind: 'item',
      description: line.description,
      product_id: line.productId,
      quantity: line.quantity,
      unit_code: line.unitCode,
      unit_price: line.unitPrice,
      discount: line.discount,
      vat_rate: vat.rate,
      vat_category: vat.category,
      purchase_price: line.purchasePrice,
      is_deposit_deduction: line.isDepositDeduction,
    };
  });
  // No discount given: the customer's default applies (an explicit null means none).
  const discount =
    input.discount === undefined
      ? contact.default_discount_percent !== null && Number(contact.default_discount_percent) > 0
        ? { type: 'percent' as const, value: String(contact.default_discount_percent) }
        : null
      : input.discount;
  const totals = totalsOf(
    {
      price_mode: input.priceMode,
      discount,
      settlement_discount: input.settlementDiscount,
    },
    rows,
  );
  const lines = rows.map((row, position) => toNewLine(row, position));
  const delivery = await deliveryAddressOf(trx, organizationId, contact.id, input.deliveryAddress);

  const issue = parseIsoDate(input.issueDate);
  if (!issue) throw Validation({ issueDate: 'validation.date' });
  const term = {
    days: contact.payment_term_days ?? DEFAULT_PAYMENT_DAYS,
    endOfMonth: contact.payment_term_end_of_month,
  };
  const kind = kindOf(type);
  const due = kind.dueDate ? (input.dueDate ?? dueDate(input.issueDate, term)) : null;
  if (due !== null && due < input.issueDate)
    throw Validation({ dueDate: 'validation.dueBeforeIssue' });
  return {
    values: {
      journal_id: journal.id,
      issue_date: input.issueDate,
      due_date: due,
      valid_until: kind.validity
        ? (input.validUntil ?? formatIsoDate(addDays(issue, QUOTE_VALIDITY_DAYS)))
        : null,
      contact_id: contact.id,
      customer: JSON.stringify({
        name: contact.name,
        attention: contact.attention,
        street: contact.street,
        number: contact.street_number,
        box: contact.box,
        postalCode: contact.postal_code,
        city: contact.city,
        country: contact.country,
        vatNumber: contact.vat_number,
        enterpriseNumber: contact.enterprise_number,
        email: contact.invoice_email ?? contact.email,
        peppolId: contact.peppol_id,
        reference: reference(contact.number),
      }),
      currency: input.currency ?? contact.currency ?? organization.currency,
      exchange_rate: input.exchangeRate,
      language: input.language ?? contact.language ?? organization.default_language,
      order_reference: input.orderReference,
      delivery_date: input.deliveryDate,
      delivery_address: delivery && JSON.stringify(delivery),
      price_mode: input.priceMode,
      vat_regime: regime,
      vat_exemption_reason:
        regime === 'exempt' ? (input.vatExemptionReason ?? contact.vat_exemption_reason) : null,
      discount: discount ? JSON.stringify(discount) : null,
      settlement_discount: input.settlementDiscount
        ? JSON.stringify(input.settlementDiscount)
        : null,
      text_above: input.textAbove,
      text_below: input.textBelow,
      internal_note: input.internalNote,
      automatic_reminders: input.automaticReminders ?? contact.automatic_reminders,
      total_excl: totals.totalExcl,
      total_vat: totals.totalVat,
      total_incl: totals.totalIncl,
    },
    lines,
  };
}
