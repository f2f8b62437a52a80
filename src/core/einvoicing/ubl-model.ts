import { computeTotals } from '../documents/totals.js';
import type {
  DocumentTotals,
  ItemLineTotals,
  VatCategory,
  VatGroupTotals,
} from '../documents/types.js';
import { vatGroupKey } from '../documents/vat-category.js';
import {
  type Decimal,
  type DecimalInput,
  HUNDRED,
  ONE,
  ZERO,
  dec,
  formatDecimal,
  parseDecimal,
  round2,
  sum,
} from '../money/decimal.js';
import { type UblLabels, labelsFor, localNumber } from './labels.js';
import { DEFAULT_UNIT_CODE, DISCOUNT_REASON_CODE, FIXED_VATEX } from './ubl-constants.js';
import type { UblDocumentInput, UblItemLine, UblLine } from './ubl-types.js';
import { cleanText } from './xml-writer.js';

/**
 * The figures of a UBL document, all taken from `computeTotals` on the document's own lines
 * (the one totals function the PDF uses too); this file only decides where each figure goes.
 */

export interface UblAllowanceCharge {
  charge: boolean;
  reasonCode: string | null;
  reason: string;
  /** Both or neither (PEPPOL-EN16931-R041/R042); only when amount = round2(base × percent). */
  percent: Decimal | null;
  base: Decimal | null;
  amount: Decimal;
  vatCategory: VatCategory;
  vatRate: Decimal;
}

export interface UblLineModel {
  id: string;
  quantity: Decimal;
  unitCode: string;
  /** BT-131, excl VAT. */
  net: Decimal;
  /** BT-146, excl VAT, never negative (BR-27): the sign sits on the quantity. */
  price: string;
  allowance: Omit<UblAllowanceCharge, 'charge' | 'vatCategory' | 'vatRate'> | null;
  vatCategory: VatCategory;
  vatRate: Decimal;
  name: string;
  description: string;
  sellerItemId: string;
  ean: string;
}

export interface UblTaxSubtotal {
  vatCategory: VatCategory;
  vatRate: Decimal;
  taxable: Decimal;
  vat: Decimal;
  exemptionCode: string | null;
  exemptionReason: string | null;
}

export interface UblMonetaryTotal {
  lineExtension: Decimal;
  allowanceTotal: Decimal;
  chargeTotal: Decimal;
  taxExclusive: Decimal;
  taxInclusive: Decimal;
  prepaid: Decimal;
  payable: Decimal;
}

export interface UblModel {
  input: UblDocumentInput;
  labels: UblLabels;
  /** computeTotals of the lines as sent (after the credit-note sign turn, if any). */
  totals: DocumentTotals;
  /** True when a credit note entered with negative amounts was sent with positive ones. */
  negated: boolean;
  lines: UblLineModel[];
  allowanceCharges: UblAllowanceCharge[];
  taxSubtotals: UblTaxSubtotal[];
  taxTotal: Decimal;
  /** BT-111: the VAT total in EUR for another document currency with a known rate. */
  taxTotalEur: Decimal | null;
  monetary: UblMonetaryTotal;
  /** BT-22: the bottom text followed by the text lines. */
  note: string;
}

const CENT = dec('0.01');

const isItem = (line: UblLine): line is UblItemLine => line.kind === 'item';

function negateQuantity(line: UblLine): UblLine {
  if (!isItem(line)) return line;
  return { ...line, quantity: formatDecimal(parseDecimal(line.quantity).neg()) };
}

/** Prices carry enough decimals that quantity × price stays within a thousandth of the net. */
function priceText(value: Decimal, quantity: Decimal): string {
  const digits = quantity.abs().toFixed(0).length;
  return formatDecimal(value.round(Math.max(4, digits + 4)), 2);
}

/** The percent and base of an allowance, kept only when they reproduce its amount exactly. */
function percentOf(
  amount: Decimal,
  percent: Decimal | null,
  base: Decimal,
): { percent: Decimal | null; base: Decimal | null } {
  if (!percent || !round2(base.times(percent).div(HUNDRED)).eq(amount)) {
    return { percent: null, base: null };
  }
  return { percent, base };
}

function readDecimal(value: DecimalInput | null | undefined): Decimal | null {
  return value === null || value === undefined || value === '' ? null : parseDecimal(value);
}

function lineModel(
  input: UblDocumentInput,
  line: UblItemLine,
  totals: ItemLineTotals,
  id: number,
  section: string,
): UblLineModel {
  let quantity = parseDecimal(line.quantity);
  const net = dec(totals.netExcl);
  const discount = dec(totals.discount);
  const percent = line.discount?.type === 'percent' ? parseDecimal(line.discount.value) : null;
  let price: Decimal;
  let allowanceAmount: Decimal;
  let gross: Decimal;
  if (input.priceMode === 'excl') {
    price = parseDecimal(line.unitPrice);
    allowanceAmount = discount;
    gross = dec(totals.gross);
  } else {
    // Incl VAT: the net excl is computeTotals' spread of the group base (§4.3) and the discount
    // is shown excl VAT. The price is the entered one excl VAT (4 decimals) when quantity × price
    // − discount lands within a cent of the net (R120 allows 2), else net + discount ÷ quantity.
    const factor = ONE.plus(dec(totals.vatRate).div(HUNDRED));
    allowanceAmount = round2(discount.div(factor));
    gross = net.plus(allowanceAmount);
    const natural = parseDecimal(line.unitPrice).div(factor).round(4);
    const close = quantity.times(natural).minus(gross).abs().lte(CENT);
    price = close || quantity.eq(ZERO) ? natural : gross.div(quantity);
  }
  if (price.lt(ZERO)) {
    price = price.neg();
    quantity = quantity.neg();
  }
  const description = cleanText(line.description);
  const name = (description.split('\n')[0] ?? '').trim();
  const withSection = section ? `${section} — ${description}` : description;
  return {
    id: String(id),
    quantity,
    unitCode: cleanText(line.unitCode) || DEFAULT_UNIT_CODE,
    net,
    price: priceText(price, quantity),
    allowance: allowanceAmount.eq(ZERO)
      ? null
      : {
          reasonCode: DISCOUNT_REASON_CODE,
          reason: labelsFor(input.language).documentDiscount,
          amount: allowanceAmount,
          ...percentOf(allowanceAmount, percent, gross),
        },
    vatCategory: totals.vatCategory,
    vatRate: dec(totals.vatRate),
    name,
    description: withSection === name ? '' : withSection,
    sellerItemId: cleanText(line.sellerItemId),
    ean: cleanText(line.ean),
  };
}

/**
 * The 0 % category that carries the amounts outside the VAT base (the settlement discount's
 * counterpart, §4.4, and returnable packaging, §4.7): O when the document is out of scope
 * (BR-O-11 forbids mixing), else E or Z, preferring one the lines do not use so that their
 * legal ground stays clean.
 */
function outsideBaseCategory(used: ReadonlySet<VatCategory>): VatCategory {
  if (used.has('O')) return 'O';
  if (!used.has('E')) return 'E';
  return used.has('Z') ? 'E' : 'Z';
}

/** One document discount per VAT group (reason code 95), and the settlement allowances (§4.4). */
function documentAllowances(
  input: UblDocumentInput,
  labels: UblLabels,
  totals: DocumentTotals,
  itemLines: readonly ItemLineTotals[],
): { discounts: UblAllowanceCharge[]; settlement: UblAllowanceCharge[] } {
  const discounts: UblAllowanceCharge[] = [];
  const settlementAllowances: UblAllowanceCharge[] = [];
  const discountPercent =
    input.discount?.type === 'percent' ? parseDecimal(input.discount.value) : null;
  const settlement = totals.settlement;
  const settlementPercent = settlement ? dec(settlement.percent) : null;
  for (const group of totals.vatGroups) {
    const vatRate = dec(group.vatRate);
    const key = vatGroupKey(group.vatCategory, vatRate);
    const discount = dec(group.documentDiscount);
    if (!discount.eq(ZERO)) {
      // The percent applies to the group's lines except deposit deductions (vat-groups.ts).
      const base = sum(
        itemLines
          .filter(
            (l) => !l.isDepositDeduction && vatGroupKey(l.vatCategory, dec(l.vatRate)) === key,
          )
          .map((l) => dec(l.netExcl)),
      );
      discounts.push({
        charge: false,
        reasonCode: DISCOUNT_REASON_CODE,
        reason: labels.documentDiscount,
        amount: discount,
        ...percentOf(discount, discountPercent, base),
        vatCategory: group.vatCategory,
        vatRate,
      });
    }
    // §4.4: the settlement discount lowers the VAT base of the groups that carry VAT; a charge
    // of the same amount outside the base (below) keeps the payable amount at the full price.
    const settlementDiscount = dec(group.settlementDiscount);
    if (settlement && vatRate.gt(ZERO) && !settlementDiscount.eq(ZERO)) {
      settlementAllowances.push({
        charge: false,
        reasonCode: DISCOUNT_REASON_CODE,
        reason: labels.settlementAllowance(
          localNumber(settlement.percent, input.language),
          settlement.days,
        ),
        amount: settlementDiscount,
        ...percentOf(settlementDiscount, settlementPercent, dec(group.totalExcl)),
        vatCategory: group.vatCategory,
        vatRate,
      });
    }
  }
  return { discounts, settlement: settlementAllowances };
}

function outsideBaseCharges(
  labels: UblLabels,
  totals: DocumentTotals,
  settlementAllowances: readonly UblAllowanceCharge[],
  category: VatCategory,
): UblAllowanceCharge[] {
  const charges: UblAllowanceCharge[] = [];
  const counterpart = sum(settlementAllowances.map((a) => a.amount));
  if (totals.settlement && !counterpart.eq(ZERO)) {
    charges.push({
      charge: true,
      reasonCode: null,
      reason: labels.settlementCharge(totals.settlement.days),
      percent: null,
      base: null,
      amount: counterpart,
      vatCategory: category,
      vatRate: ZERO,
    });
  }
  const empties = dec(totals.totalEmpties);
  if (!empties.eq(ZERO)) {
    charges.push({
      charge: true,
      reasonCode: null,
      reason: labels.empties,
      percent: null,
      base: null,
      amount: empties,
      vatCategory: category,
      vatRate: ZERO,
    });
  }
  return charges;
}

function exemptionOf(
  input: UblDocumentInput,
  labels: UblLabels,
  category: VatCategory,
  hasLines: boolean,
): Pick<UblTaxSubtotal, 'exemptionCode' | 'exemptionReason'> {
  const reason = cleanText(input.vatExemptionReason);
  if (category === 'S' || category === 'Z') return { exemptionCode: null, exemptionReason: null };
  if (category === 'E') {
    if (!hasLines) return { exemptionCode: null, exemptionReason: labels.outsideTaxableAmount };
    return {
      exemptionCode: cleanText(input.vatExemptionCode) || null,
      exemptionReason: reason || null,
    };
  }
  return {
    exemptionCode: FIXED_VATEX[category] ?? null,
    exemptionReason: reason || labels.exemption[category] || null,
  };
}

function taxSubtotals(
  input: UblDocumentInput,
  labels: UblLabels,
  groups: readonly VatGroupTotals[],
  charges: readonly UblAllowanceCharge[],
): UblTaxSubtotal[] {
  const rows = groups.map((group): UblTaxSubtotal => {
    const vatRate = dec(group.vatRate);
    return {
      vatCategory: group.vatCategory,
      vatRate,
      // Only groups that carry VAT get the settlement allowance, so only they use `taxable`.
      taxable: dec(vatRate.gt(ZERO) ? group.taxable : group.totalExcl),
      vat: dec(group.vat),
      ...exemptionOf(input, labels, group.vatCategory, true),
    };
  });
  for (const charge of charges) {
    const row = rows.find((r) => r.vatCategory === charge.vatCategory && r.vatRate.eq(ZERO));
    if (row) row.taxable = row.taxable.plus(charge.amount);
    else {
      rows.push({
        vatCategory: charge.vatCategory,
        vatRate: ZERO,
        taxable: charge.amount,
        vat: ZERO,
        ...exemptionOf(input, labels, charge.vatCategory, false),
      });
    }
  }
  return rows;
}

/** Computes every figure of the UBL document. Throws `TotalsError` on refused lines. */
export function buildUblModel(input: UblDocumentInput): UblModel {
  const labels = labelsFor(input.language);
  const asDocument = (lines: readonly UblLine[]) =>
    computeTotals({
      priceMode: input.priceMode,
      lines,
      discount: input.discount ?? null,
      settlementDiscount: input.settlementDiscount ?? null,
    });
  let lines = input.lines;
  let totals = asDocument(lines);
  // PEPPOL expects a credit note with positive amounts; one entered as negated invoice lines
  // is turned round (computeTotals is symmetric: rounding is half away from zero).
  const negated = input.kind === 'creditNote' && dec(totals.totalPayable).lt(ZERO);
  if (negated) {
    lines = lines.map(negateQuantity);
    totals = asDocument(lines);
  }

  const itemLines: ItemLineTotals[] = [];
  const modelLines: UblLineModel[] = [];
  const texts: string[] = [];
  let section = '';
  lines.forEach((line, index) => {
    const lineTotals = totals.lines[index];
    if (line.kind === 'section') section = cleanText(line.title);
    else if (line.kind === 'text') {
      const text = cleanText(line.text);
      if (text) texts.push(text);
    } else if (lineTotals?.kind === 'item') {
      itemLines.push(lineTotals);
      modelLines.push(lineModel(input, line, lineTotals, modelLines.length + 1, section));
    }
  });

  const { discounts, settlement } = documentAllowances(input, labels, totals, itemLines);
  const allowances = [...discounts, ...settlement];
  const charges = outsideBaseCharges(
    labels,
    totals,
    settlement,
    outsideBaseCategory(new Set(modelLines.map((l) => l.vatCategory))),
  );
  const allowanceTotal = sum(allowances.map((a) => a.amount));
  const chargeTotal = sum(charges.map((c) => c.amount));
  const lineExtension = dec(totals.totalBase);
  const taxExclusive = lineExtension.minus(allowanceTotal).plus(chargeTotal);
  const taxTotal = dec(totals.totalVat);
  const taxInclusive = taxExclusive.plus(taxTotal);
  const prepaidInput = readDecimal(input.prepaidAmount) ?? ZERO;
  const prepaid = negated ? prepaidInput.neg() : prepaidInput;
  const rate = readDecimal(input.exchangeRateToEur);
  const foreign = cleanText(input.currency).toUpperCase() !== 'EUR';

  return {
    input,
    labels,
    totals,
    negated,
    lines: modelLines,
    allowanceCharges: [...allowances, ...charges],
    taxSubtotals: taxSubtotals(input, labels, totals.vatGroups, charges),
    taxTotal,
    taxTotalEur: foreign && rate?.gt(ZERO) ? round2(taxTotal.times(rate)) : null,
    monetary: {
      lineExtension,
      allowanceTotal,
      chargeTotal,
      taxExclusive,
      taxInclusive,
      prepaid,
      payable: taxInclusive.minus(prepaid),
    },
    note: [cleanText(input.note), ...texts].filter(Boolean).join('\n\n'),
  };
}
