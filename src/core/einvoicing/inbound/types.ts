/**
 * A received PEPPOL BIS 3 / UBL 2.1 invoice or credit note, as written by its sender.
 *
 * Amounts, quantities and rates are decimal strings exactly as written, only normalised to plain
 * notation (`'+.5'` → `'0.5'`; `'148.50'` stays `'148.50'`), so totals round-trip intact. Dates are
 * `YYYY-MM-DD`. Optional data is `null` (or an empty list), never `undefined`. BT numbers are
 * EN 16931's.
 */
export interface ReceivedDocument {
  /** From the root element: `Invoice` or `CreditNote`. */
  kind: ReceivedDocumentKind;
  /** BT-24, BT-23. */
  customizationId: string | null;
  profileId: string | null;
  /** BT-1. */
  number: string;
  /** BT-2. */
  issueDate: string;
  /** BT-9: `cbc:DueDate`, else the first `PaymentMeans/PaymentDueDate`, else `PaymentTerms/PaymentDueDate`. */
  dueDate: string | null;
  /** BT-3: 380 invoice, 386 deposit invoice, 381 credit note, … (UNCL1001). */
  typeCode: string;
  /** BT-5, BT-6. */
  currency: string;
  taxCurrency: string | null;
  /** BT-7. */
  taxPointDate: string | null;
  /** BT-19. */
  accountingCost: string | null;
  /** BT-10. */
  buyerReference: string | null;
  /** BT-13, BT-14. */
  orderReference: string | null;
  salesOrderReference: string | null;
  /** BT-12, BT-11, BT-16, BT-15, BT-17. */
  contractReference: string | null;
  projectReference: string | null;
  despatchReference: string | null;
  receiptReference: string | null;
  tenderReference: string | null;
  /** BG-3: the invoices a credit note (or corrective invoice) refers to. */
  billingReferences: ReceivedBillingReference[];
  /** BT-22 (Peppol allows one; UBL several). */
  notes: string[];
  /** BG-14. */
  invoicePeriod: ReceivedPeriod | null;
  /** BG-13. */
  delivery: ReceivedDelivery | null;
  /** BG-4, BG-7. */
  seller: ReceivedParty;
  buyer: ReceivedParty;
  /** BG-10, BG-11. */
  payee: ReceivedParty | null;
  taxRepresentative: ReceivedParty | null;
  /** BG-16. */
  paymentMeans: ReceivedPaymentMeans[];
  /** BT-20, the notes of every `PaymentTerms` joined by a line break. */
  paymentTerms: string | null;
  /** BG-20, BG-21. */
  allowancesCharges: ReceivedAllowanceCharge[];
  /** BG-25. */
  lines: ReceivedLine[];
  /** Every `TaxTotal`: one in the document currency, and one in the tax currency when it differs. */
  taxTotals: ReceivedTaxTotal[];
  /** BG-22. */
  totals: ReceivedTotals;
  /** BG-24 with an attachment (embedded or external). */
  attachments: ReceivedAttachment[];
  /** Index in `attachments` of the first embedded PDF (the sender's rendering), if any. */
  pdfAttachment: number | null;
  /** `AdditionalDocumentReference`s without attachment (e.g. BT-18 invoiced object, type 130). */
  documentReferences: ReceivedDocumentReference[];
  /** What does not add up, or does not match the document currency. Never a reason to refuse. */
  warnings: InboundWarning[];
}

export type ReceivedDocumentKind = 'invoice' | 'creditNote';

export interface ReceivedIdentifier {
  id: string;
  /** `schemeID` (ISO 6523 ICD such as 0208, or a Peppol EAS code such as 9925), when given. */
  scheme: string | null;
}

export interface ReceivedBillingReference {
  id: string;
  issueDate: string | null;
}

export interface ReceivedPeriod {
  start: string | null;
  end: string | null;
  /** BT-8 (UNCL2005). */
  descriptionCode: string | null;
}

export interface ReceivedDelivery {
  /** BT-72. */
  date: string | null;
  /** BT-71. */
  locationId: ReceivedIdentifier | null;
  /** BG-15. */
  address: ReceivedAddress | null;
  /** BT-70. */
  partyName: string | null;
}

export interface ReceivedAddress {
  street: string | null;
  additionalStreet: string | null;
  /** `AddressLine/Line` (BT-162 / BT-163 …). */
  line: string | null;
  city: string | null;
  postalCode: string | null;
  subdivision: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
}

export interface ReceivedContact {
  name: string | null;
  telephone: string | null;
  email: string | null;
}

export interface ReceivedTaxRegistration {
  companyId: string;
  /** `TaxScheme/ID`: `VAT`, or another scheme (BT-32 / Swedish `TAX`, …). */
  taxScheme: string | null;
}

export interface ReceivedParty {
  /** BT-34 / BT-49: the Peppol address. */
  endpoint: ReceivedIdentifier | null;
  /** BT-29 / BT-46 (`PartyIdentification/ID`). */
  identifiers: ReceivedIdentifier[];
  /** BT-28 / BT-45 trading name (`PartyName/Name`). */
  name: string | null;
  /** BT-27 / BT-44 legal name (`PartyLegalEntity/RegistrationName`). */
  registrationName: string | null;
  /** BT-31 / BT-48: the `PartyTaxScheme` whose scheme is VAT. */
  vatNumber: string | null;
  /** Every `PartyTaxScheme` in document order (BT-32 is the non-VAT one). */
  taxRegistrations: ReceivedTaxRegistration[];
  /** BT-30 / BT-47 (`PartyLegalEntity/CompanyID`); 0208 = Belgian enterprise number. */
  legalId: ReceivedIdentifier | null;
  /** BT-33. */
  legalForm: string | null;
  address: ReceivedAddress | null;
  contact: ReceivedContact | null;
}

export interface ReceivedFinancialAccount {
  /** BT-84 as written (an IBAN, or a national account number). */
  id: string;
  /** `id` compacted, when it is a valid IBAN. */
  iban: string | null;
  /** BT-85. */
  name: string | null;
  /** BT-86 (`FinancialInstitutionBranch/ID`), a BIC in SEPA. */
  bic: string | null;
}

export interface ReceivedPaymentMeans {
  /** BT-81 (UNCL4461): 30 credit transfer, 58 SEPA transfer, 59 SEPA direct debit, … */
  code: string;
  /** BT-82 (`PaymentMeansCode/@name`). */
  name: string | null;
  /** BT-83 remittance information as written. */
  paymentId: string | null;
  /** `+++123/4567/89002+++` when `paymentId` is a valid Belgian structured communication. */
  structuredCommunication: string | null;
  dueDate: string | null;
  /** BG-17. */
  account: ReceivedFinancialAccount | null;
  /** BG-19: BT-89 mandate, BT-91 debited account. */
  mandate: { id: string | null; payerAccount: string | null } | null;
  /** BG-18: BT-87 card number (the last digits only, by the rules), BT-88 holder. */
  card: { number: string | null; network: string | null; holder: string | null } | null;
}

export interface ReceivedAllowanceCharge {
  /** `true` charge (BG-21), `false` allowance (BG-20). */
  charge: boolean;
  amount: string;
  baseAmount: string | null;
  /** `MultiplierFactorNumeric`, a percentage. */
  percent: string | null;
  reasonCode: string | null;
  reason: string | null;
  /** Document level only: the VAT category and rate it falls in. */
  vatCategory: string | null;
  vatRate: string | null;
}

export interface ReceivedLine {
  /** BT-126. */
  id: string;
  /** BT-127. */
  note: string | null;
  /** BT-129 (`InvoicedQuantity` / `CreditedQuantity`) and BT-130 unit (UNECE Rec 20/21). */
  quantity: string;
  unitCode: string | null;
  /** BT-131 line net amount. */
  lineNet: string;
  /** BT-133. */
  accountingCost: string | null;
  /** BT-132. */
  orderLineReference: string | null;
  /** BG-26. */
  period: ReceivedPeriod | null;
  /** BT-146 net price, for `baseQuantity` units (BT-149, BT-150). */
  price: string;
  baseQuantity: string | null;
  baseQuantityUnitCode: string | null;
  /** BT-147 price discount and BT-148 gross price (`Price/AllowanceCharge`). */
  priceDiscount: string | null;
  grossPrice: string | null;
  /** BT-153, BT-154. */
  itemName: string;
  description: string | null;
  /** BT-155, BT-156, BT-157 (0160 = GTIN/EAN). */
  sellerItemId: string | null;
  buyerItemId: string | null;
  standardId: ReceivedIdentifier | null;
  /** BT-158 (`listID` as scheme). */
  classifications: ReceivedIdentifier[];
  /** BT-159. */
  originCountry: string | null;
  /** BT-151, BT-152 (`null` for O, "not subject to VAT"). */
  vatCategory: string;
  vatRate: string | null;
  /** BG-27, BG-28. */
  allowancesCharges: ReceivedAllowanceCharge[];
  /** BG-32. */
  properties: { name: string; value: string }[];
}

export interface ReceivedTaxSubtotal {
  /** BT-116, BT-117. */
  taxableAmount: string;
  taxAmount: string;
  /** BT-118, BT-119. */
  category: string;
  percent: string | null;
  /** BT-120, BT-121 (VATEX). */
  exemptionReason: string | null;
  exemptionReasonCode: string | null;
}

export interface ReceivedTaxTotal {
  /** BT-110 (document currency) or BT-111 (tax currency). */
  taxAmount: string;
  /** The amount's `currencyID`. */
  currency: string | null;
  subtotals: ReceivedTaxSubtotal[];
}

/** BG-22, BT-106 … BT-115. */
export interface ReceivedTotals {
  lineExtension: string;
  allowanceTotal: string | null;
  chargeTotal: string | null;
  taxExclusive: string;
  /** BT-110: the `TaxTotal` in the document currency. */
  taxTotal: string | null;
  /** BT-111: the `TaxTotal` in the tax currency, when that differs. */
  taxTotalInTaxCurrency: string | null;
  taxInclusive: string;
  prepaid: string | null;
  rounding: string | null;
  payable: string;
}

export interface ReceivedAttachment {
  /** BT-122. */
  id: string;
  /** BT-123. */
  description: string | null;
  /** BT-125: base64 as sent, whitespace removed; never decoded here. */
  content: string | null;
  /** Decoded size in bytes, computed from the base64 length. */
  byteLength: number | null;
  mimeCode: string | null;
  filename: string | null;
  /** BT-124. */
  externalUri: string | null;
  isPdf: boolean;
}

export interface ReceivedDocumentReference {
  id: string;
  scheme: string | null;
  /** `DocumentTypeCode` (130 = invoiced object identifier, BT-18). */
  typeCode: string | null;
  description: string | null;
}

export const INBOUND_WARNING_CODES = [
  /** BR-CO-10: Σ line net ≠ LineExtensionAmount. */
  'lineExtensionMismatch',
  /** BR-CO-11, BR-CO-12: Σ document allowances / charges ≠ their totals. */
  'allowanceTotalMismatch',
  'chargeTotalMismatch',
  /** BR-CO-13: LineExtension − Allowances + Charges ≠ TaxExclusive. */
  'taxExclusiveMismatch',
  /** BR-CO-14: Σ subtotal tax ≠ TaxTotal. */
  'taxTotalMismatch',
  /** BR-CO-15: TaxExclusive + TaxTotal ≠ TaxInclusive. */
  'taxInclusiveMismatch',
  /** BR-CO-16: TaxInclusive − Prepaid + Rounding ≠ Payable. */
  'payableMismatch',
  /** BR-CO-17 (±1): round(taxable × percent / 100) ≠ subtotal tax. */
  'subtotalTaxMismatch',
  /** PEPPOL-EN16931-R120 (±0.02): quantity × price / base quantity + charges − allowances ≠ net. */
  'lineNetMismatch',
  /** PEPPOL-EN16931-R051: an amount in another currency than the document's (or none). */
  'currencyMismatch',
  /** BR-CO-18: no VAT breakdown in the document currency. */
  'missingTaxTotal',
] as const;

export type InboundWarningCode = (typeof INBOUND_WARNING_CODES)[number];

export interface InboundWarning {
  code: InboundWarningCode;
  /** The EN 16931 / Peppol rule. */
  rule: string;
  /** The element that disagrees. */
  path: string;
  /** What the rule computes, and what the document says (`null` when absent). */
  expected: string | null;
  found: string | null;
}
