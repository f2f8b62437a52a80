import type { DecimalInput } from '../money/decimal.js';

/** Whether unit prices (and amount discounts) are entered excluding or including VAT. */
export type PriceMode = 'excl' | 'incl';

/** UNCL5305 VAT category (see DOMAIN §7). */
export type VatCategory = 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O';

/**
 * A percent, or an amount in the document's price mode. Amounts are magnitudes (≥ 0) that apply
 * with the sign of what they reduce, so a credit note is its invoice with quantities negated.
 */
export interface DiscountInput {
  type: 'percent' | 'amount';
  value: DecimalInput;
}

export interface ItemLineInput {
  kind: 'item';
  /** Up to 4 decimals; negative for credits and deposit deductions. */
  quantity: DecimalInput;
  /** Per unit, excl or incl VAT per the document's `priceMode`; up to 4 decimals. */
  unitPrice: DecimalInput;
  discount?: DiscountInput | null;
  /** Percent, e.g. `'21'`; must be 0 unless the category is `S`. */
  vatRate: DecimalInput;
  vatCategory: VatCategory;
  /** Per unit, always excl VAT (purchase VAT is deducted), up to 4 decimals. */
  purchasePrice?: DecimalInput | null;
  /** Returnable packaging per unit (§4.7), outside the VAT base. */
  emptyGoodsValue?: DecimalInput | null;
  /** A line of the final invoice that takes back an earlier deposit invoice (§4.6). */
  isDepositDeduction?: boolean;
}

/** A heading; its subtotal is the sum of the item lines up to the next section. */
export interface SectionLineInput {
  kind: 'section';
  title?: string;
}

export interface TextLineInput {
  kind: 'text';
  text?: string;
}

export type LineInput = ItemLineInput | SectionLineInput | TextLineInput;

/** Prompt-payment discount (escompte, §4.4). */
export interface SettlementDiscountInput {
  percent: DecimalInput;
  days: number;
}

export interface DocumentInput {
  priceMode: PriceMode;
  lines: readonly LineInput[];
  discount?: DiscountInput | null;
  settlementDiscount?: SettlementDiscountInput | null;
}

export interface TotalsOptions {
  /** When given, an `S` line must use one of these rates (the dated rate table lives elsewhere). */
  standardRates?: readonly DecimalInput[];
}

/** All amounts below are decimal strings with exactly two decimals. */
export interface ItemLineTotals {
  kind: 'item';
  /** round2(quantity × unit price), in the document's price mode. */
  gross: string;
  /** Line discount, in the document's price mode. */
  discount: string;
  /** gross − discount, in the document's price mode (the amount incl VAT in incl mode). */
  net: string;
  /**
   * Net excl VAT. In excl mode equal to `net`; in incl mode the group's excl base spread over its
   * lines with the remainder on the last one, so Σ netExcl per group = group `base` (UBL BT-131).
   */
  netExcl: string;
  vatCategory: VatCategory;
  /** Normalized percent: `'21'`, `'5.5'`. */
  vatRate: string;
  /** round2(quantity × purchase price); 0 without a purchase price. */
  cost: string;
  /** netExcl − cost (before the document discount). */
  profit: string;
  /** round2(quantity × empty goods value). */
  empties: string;
  isDepositDeduction: boolean;
}

export interface SectionLineTotals {
  kind: 'section';
  /** Σ net of the item lines up to the next section, in the document's price mode. */
  subtotal: string;
}

export interface TextLineTotals {
  kind: 'text';
}

export type LineTotals = ItemLineTotals | SectionLineTotals | TextLineTotals;

/** One row of the VAT breakdown, per (category, rate), in order of first appearance. */
export interface VatGroupTotals {
  vatCategory: VatCategory;
  vatRate: string;
  /** Σ line netExcl, before the document discount. */
  base: string;
  /** This group's share of the document discount, excl VAT (a UBL document-level allowance). */
  documentDiscount: string;
  /** base − documentDiscount: what the group adds to the document's totalExcl. */
  totalExcl: string;
  /** round2(totalExcl × settlement %), or 0. */
  settlementDiscount: string;
  /** totalExcl − settlementDiscount: the VAT base (§4.4: whether or not the discount is taken). */
  taxable: string;
  vat: string;
  /** totalExcl + vat. */
  totalIncl: string;
}

export interface SettlementTotals {
  percent: string;
  days: number;
  /** Σ group settlementDiscount: what the customer may deduct when paying within `days`. */
  discount: string;
  /** totalPayable − discount ("paid within N days"). */
  totalPayable: string;
}

export interface DocumentTotals {
  priceMode: PriceMode;
  /** One entry per input line, same order. */
  lines: LineTotals[];
  vatGroups: VatGroupTotals[];
  /** Σ item line net, in the document's price mode (what the editor shows above the discount). */
  linesTotal: string;
  /** The document discount in the document's price mode. */
  documentDiscount: string;
  /** Σ group base (UBL BT-106). */
  totalBase: string;
  /** Σ group documentDiscount, excl VAT (BT-107). */
  totalDocumentDiscount: string;
  /** Σ group totalExcl (BT-109). */
  totalExcl: string;
  /** Σ group vat (BT-110). */
  totalVat: string;
  /** totalExcl + totalVat (BT-112). */
  totalIncl: string;
  /** Σ line empties; outside the VAT base. */
  totalEmpties: string;
  /** totalIncl + totalEmpties: what the customer owes before any payment. */
  totalPayable: string;
  totalCost: string;
  /** totalExcl − totalCost. */
  totalProfit: string;
  /** Σ netExcl of the deposit deduction lines. */
  totalDepositDeductions: string;
  settlement: SettlementTotals | null;
}
