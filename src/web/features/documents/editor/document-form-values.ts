import {
  UNIT_CODES,
  VAT_RATES,
  type CURRENCIES,
  type CUSTOMER_VAT_REGIMES,
  type Customer,
  type Document,
  type DocumentInput,
  type DocumentLineInput,
} from '../../../../contract/index.js';
import { trimDecimal } from '../../../lib/decimal';
import type { DocumentLanguage } from '../../customers/customer-form-values';
import type { UnitCode, VatRate } from '../../products/use-product-options';
import {
  deliveryDefaults,
  deliveryFormValues,
  deliveryInput,
  emptyDelivery,
  type DeliveryValues,
} from './delivery-values';

export type VatRegime = (typeof CUSTOMER_VAT_REGIMES)[number];
export type Currency = (typeof CURRENCIES)[number];
export type LineKind = 'item' | 'section' | 'text';
export type DiscountType = 'percent' | 'amount';

/** One line as the editor holds it: every number a string, exactly as typed. */
export interface LineValues {
  /** React key; lines move, so their index cannot be one. */
  key: string;
  kind: LineKind;
  productId: string | null;
  description: string;
  quantity: string;
  unitCode: UnitCode;
  unitPrice: string;
  discountType: DiscountType;
  discountValue: string;
  vatRate: VatRate;
  purchasePrice: string;
  /** Set on the lines a final invoice takes back its deposit invoices with; kept when editing. */
  isDepositDeduction: boolean;
}

export interface DocumentFormValues extends DeliveryValues {
  customerId: string | null;
  journalId: string | null;
  issueDate: string;
  /** Empty: the server applies the customer's payment term. */
  dueDate: string;
  /** Empty: the server makes the quote valid for 30 days. */
  validUntil: string;
  language: DocumentLanguage | null;
  /** Not editable; kept so saving a draft never changes it. */
  currency: Currency | null;
  orderReference: string;
  deliveryDate: string;
  priceMode: 'excl' | 'incl';
  /** Null: the customer's regime. */
  vatRegime: VatRegime | null;
  vatExemptionReason: string;
  discountType: DiscountType;
  discountValue: string;
  settlementPercent: string;
  settlementDays: number | '';
  textAbove: string;
  textBelow: string;
  internalNote: string;
  /** Invoices: kept so saving a draft never changes the switch; null on a new document (the customer's). */
  automaticReminders?: boolean | null;
  lines: LineValues[];
}

let lastKey = 0;
export const newLineKey = (): string => `line-${++lastKey}`;

export function emptyLine(kind: LineKind, vatRate: VatRate = '21'): LineValues {
  return {
    key: newLineKey(),
    kind,
    productId: null,
    description: '',
    quantity: '1',
    unitCode: 'C62',
    unitPrice: '',
    discountType: 'percent',
    discountValue: '',
    vatRate,
    purchasePrice: '',
    isDepositDeduction: false,
  };
}

export function emptyDocumentValues(issueDate: string): DocumentFormValues {
  return {
    customerId: null,
    journalId: null,
    issueDate,
    dueDate: '',
    validUntil: '',
    language: null,
    currency: null,
    orderReference: '',
    deliveryDate: '',
    ...emptyDelivery(),
    priceMode: 'excl',
    vatRegime: null,
    vatExemptionReason: '',
    discountType: 'percent',
    discountValue: '',
    settlementPercent: '',
    settlementDays: '',
    textAbove: '',
    textBelow: '',
    internalNote: '',
    lines: [emptyLine('item')],
  };
}

/** What a document takes over from its customer when the customer is chosen; each stays changeable. */
export function customerDefaults(
  customer: Pick<
    Customer,
    'id' | 'vatRegime' | 'language' | 'vatExemptionReason' | 'defaultDiscountPercent'
  > &
    Partial<Pick<Customer, 'deliveryAddresses'>>,
): Partial<DocumentFormValues> {
  const discount = customer.defaultDiscountPercent;
  return {
    customerId: customer.id,
    ...deliveryDefaults(customer),
    vatRegime: customer.vatRegime,
    language: customer.language,
    ...(customer.vatExemptionReason ? { vatExemptionReason: customer.vatExemptionReason } : {}),
    // The customer's usual discount, as a document discount the user can still change.
    ...(discount && Number(discount) > 0
      ? { discountType: 'percent' as const, discountValue: trimDecimal(discount, 0) }
      : {}),
  };
}

const isUnitCode = (value: string | null): value is UnitCode =>
  (UNIT_CODES as readonly (string | null)[]).includes(value);
const isVatRate = (value: string | null): value is VatRate =>
  (VAT_RATES as readonly (string | null)[]).includes(value);

function toLineValues(line: Document['lines'][number]): LineValues {
  return {
    key: newLineKey(),
    kind: line.kind,
    productId: line.productId,
    description: line.description,
    quantity: line.quantity ?? '1',
    unitCode: isUnitCode(line.unitCode) ? line.unitCode : 'C62',
    unitPrice: line.unitPrice ?? '',
    discountType: line.discount?.type ?? 'percent',
    discountValue: line.discount?.value ?? '',
    vatRate: isVatRate(line.vatRate) ? line.vatRate : '0',
    purchasePrice: line.purchasePrice ?? '',
    isDepositDeduction: line.isDepositDeduction,
  };
}

export function toDocumentFormValues(document: Document): DocumentFormValues {
  return {
    customerId: document.customerId,
    journalId: document.journalId,
    issueDate: document.issueDate,
    dueDate: document.dueDate ?? '',
    validUntil: document.validUntil ?? '',
    language: document.language,
    currency: document.currency,
    orderReference: document.orderReference ?? '',
    deliveryDate: document.deliveryDate ?? '',
    ...deliveryFormValues(document.deliveryAddress),
    priceMode: document.priceMode,
    vatRegime: document.vatRegime,
    vatExemptionReason: document.vatExemptionReason ?? '',
    discountType: document.discount?.type ?? 'percent',
    discountValue: document.discount?.value ?? '',
    settlementPercent: document.settlementDiscount?.percent ?? '',
    settlementDays: document.settlementDiscount?.days ?? '',
    textAbove: document.textAbove ?? '',
    textBelow: document.textBelow ?? '',
    internalNote: document.internalNote ?? '',
    automaticReminders: document.automaticReminders,
    lines: document.lines.map(toLineValues),
  };
}

/** A line nobody filled in (the one a new document starts with) is left out when saving. */
export function isBlankLine(line: LineValues): boolean {
  if (line.kind !== 'item') return line.description.trim() === '';
  return line.description.trim() === '' && line.unitPrice === '' && line.productId === null;
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

function toLineInput(line: LineValues): DocumentLineInput {
  if (line.kind !== 'item') return { kind: line.kind, description: line.description };
  return {
    kind: 'item',
    productId: line.productId,
    description: line.description,
    quantity: line.quantity,
    unitCode: line.unitCode,
    unitPrice: line.unitPrice,
    discount: line.discountValue ? { type: line.discountType, value: line.discountValue } : null,
    vatRate: line.vatRate,
    purchasePrice: orNull(line.purchasePrice),
    isDepositDeduction: line.isDepositDeduction,
  };
}

export interface PreparedInput {
  input: DocumentInput;
  /** Form index of each line sent, to put the server's `lines.N` errors back on the right line. */
  lineIndexes: number[];
}

export function toDocumentInput(values: DocumentFormValues): PreparedInput {
  const lineIndexes: number[] = [];
  const lines: DocumentLineInput[] = [];
  values.lines.forEach((line, index) => {
    if (isBlankLine(line)) return;
    lineIndexes.push(index);
    lines.push(toLineInput(line));
  });
  const settlement = values.settlementPercent !== '' || values.settlementDays !== '';
  return {
    lineIndexes,
    input: {
      customerId: values.customerId ?? '',
      journalId: values.journalId,
      issueDate: values.issueDate,
      dueDate: orNull(values.dueDate),
      validUntil: orNull(values.validUntil),
      language: values.language,
      currency: values.currency,
      orderReference: orNull(values.orderReference),
      deliveryDate: orNull(values.deliveryDate),
      deliveryAddress: deliveryInput(values),
      priceMode: values.priceMode,
      vatRegime: values.vatRegime,
      vatExemptionReason: values.vatRegime === 'exempt' ? orNull(values.vatExemptionReason) : null,
      discount: values.discountValue
        ? { type: values.discountType, value: values.discountValue }
        : null,
      settlementDiscount: settlement
        ? {
            percent: values.settlementPercent || '0',
            days: values.settlementDays === '' ? 0 : values.settlementDays,
          }
        : null,
      textAbove: orNull(values.textAbove),
      textBelow: orNull(values.textBelow),
      internalNote: orNull(values.internalNote),
      ...(typeof values.automaticReminders === 'boolean' && {
        automaticReminders: values.automaticReminders,
      }),
      lines,
    },
  };
}
