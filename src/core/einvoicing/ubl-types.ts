import type {
  DiscountInput,
  ItemLineInput,
  PriceMode,
  SectionLineInput,
  SettlementDiscountInput,
  TextLineInput,
} from '../documents/types.js';
import type { DecimalInput } from '../money/decimal.js';

/**
 * What the UBL generator and the PEPPOL checks read: a plain snapshot of one sales document,
 * independent of the server's tables. Texts are used as given (trimmed; control characters are
 * dropped when written); `null` and blank strings mean "absent".
 */

/** `invoice` → Invoice 380, `depositInvoice` → Invoice 386, `creditNote` → CreditNote 381. */
export type UblDocumentKind = 'invoice' | 'depositInvoice' | 'creditNote';

/** Language of the generated wording (allowance reasons, standard legal notices, box label). */
export type UblLanguage = 'fr' | 'nl' | 'en' | 'de';

export interface UblAddress {
  street: string | null;
  /** House number, appended to the street (`Rue Haute 12`). */
  number: string | null;
  /** Box, appended as `bte 3` / `bus 3` / `box 3` in the document's language. */
  box: string | null;
  postalCode: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2, upper case (`BE`). Greece is `GR` here (its VAT prefix is `EL`). */
  country: string | null;
}

export interface UblSeller {
  /** Registered name (BT-27). */
  legalName: string;
  /** Legal form and other legal mentions as printed, e.g. `SRL — RPM Liège` (BT-33). */
  legalForm: string | null;
  /** Belgian enterprise number in any usual form (`0566.988.259`); null abroad or unknown. */
  enterpriseNumber: string | null;
  /** VAT number with its country prefix (`BE0566988259`); null when not VAT-registered. */
  vatNumber: string | null;
  address: UblAddress;
  email: string | null;
  phone: string | null;
  /** Stored PEPPOL participant id `scheme:value` (`0208:0566988259`); null to derive it. */
  peppolId: string | null;
}

export interface UblBuyer {
  kind: 'company' | 'person';
  name: string;
  vatNumber: string | null;
  enterpriseNumber: string | null;
  address: UblAddress;
  /** Stored PEPPOL participant id `scheme:value`; null to derive it (see `partyEndpoint`). */
  peppolId: string | null;
  email: string | null;
  /** Our customer number (`C00012`): the default BuyerReference, see `generateUbl`. */
  customerNumber: string | null;
}

export interface UblPayment {
  /** Seller's account for credit transfers; null when none is known. */
  iban: string | null;
  bic: string | null;
  /** Belgian structured communication `+++123/4567/89012+++` (sent as its 12 digits, BT-83). */
  structuredCommunication: string | null;
  /** Free payment terms text (BT-20), e.g. "30 days end of month". */
  terms: string | null;
}

/** An item line: the core line plus what UBL needs to describe the item. */
export type UblItemLine = ItemLineInput & {
  /** Item name and description (BT-153/154); the first line becomes the name. */
  description: string;
  /** UN/ECE Rec 20 unit (`C62` unit, `HUR` hour, `DAY`, `MTR`, `KGM`…); default `C62`. */
  unitCode?: string | null;
  /** Our product code (BT-155). */
  sellerItemId?: string | null;
  /** GTIN/EAN barcode (BT-157, scheme 0160). */
  ean?: string | null;
};

export type UblLine = UblItemLine | SectionLineInput | TextLineInput;

export interface UblAttachment {
  /** File name, e.g. `F2026-0042.pdf`. */
  filename: string;
  /** Base64 of the file, without line breaks. */
  base64: string;
  /** Default `application/pdf`. */
  mimeCode?: string | null;
}

export interface UblDocumentInput {
  kind: UblDocumentKind;
  language: UblLanguage;
  /** The document number (BT-1), e.g. `F2026-0042`. */
  number: string;
  /** ISO dates `YYYY-MM-DD`. */
  issueDate: string;
  dueDate: string | null;
  /** ISO 4217 code of every amount (BT-5). */
  currency: string;
  /**
   * For a currency other than EUR: EUR per unit of the document currency (USD 1,000.00 × 0.92
   * = EUR 920.00). Adds TaxCurrencyCode EUR and the VAT total in EUR (BT-6, BT-111).
   */
  exchangeRateToEur?: DecimalInput | null;
  /** BT-10; when absent (and there is no order reference) the customer number, then the document number. */
  buyerReference: string | null;
  /** The customer's purchase order number (BT-13). */
  orderReference: string | null;
  /** Bottom text (BT-22). Text lines are appended to it: PEPPOL allows one note only (R002). */
  note: string | null;
  /** Actual delivery date (BT-72). */
  deliveryDate: string | null;
  /** Deliver-to address (BG-15); its country is BT-80, required for intra-EU supplies. */
  deliveryAddress?: UblAddress | null;
  /** Invoicing period (BG-14), e.g. a subscription month. */
  invoicePeriod?: { start: string | null; end: string | null } | null;
  /** The invoice a credit note corrects (BT-25, BT-26). */
  billingReference?: { number: string; issueDate: string | null } | null;
  seller: UblSeller;
  buyer: UblBuyer;
  payment: UblPayment;
  priceMode: PriceMode;
  lines: readonly UblLine[];
  discount?: DiscountInput | null;
  settlementDiscount?: SettlementDiscountInput | null;
  /**
   * The legal ground of exemption as printed on the document (BT-120): required for E lines
   * (BR-E-10); for AE, K, G and O it replaces the standard wording.
   */
  vatExemptionReason?: string | null;
  /** VATEX code for E lines (BT-121), e.g. `VATEX-EU-132` or `VATEX-EU-F`; optional. */
  vatExemptionCode?: string | null;
  /** Paid before issue without a deposit invoice (BT-113), in the document currency. */
  prepaidAmount?: DecimalInput | null;
  /** The PDF of the same document, embedded for the receiver (BG-24). */
  attachment?: UblAttachment | null;
}
