import { allocateProRata } from '../money/allocate.js';
import { type Decimal, HUNDRED, ONE, ZERO, round2, sum } from '../money/decimal.js';
import { TotalsError } from './errors.js';
import type { ParsedDiscount } from './read-input.js';
import type { PriceMode, VatCategory } from './types.js';
import { vatGroupKey } from './vat-category.js';

/** The item lines of one (category, rate), with their nets in the document's price mode. */
export interface VatGroup {
  vatCategory: VatCategory;
  vatRate: Decimal;
  lines: { index: number; net: Decimal }[];
  /** Σ line net, in the document's price mode (G of §4.3 in incl mode). */
  entered: Decimal;
  /**
   * Σ net of the lines a document discount applies to: all but deposit deductions, which take
   * back an amount already invoiced (after that quote's own discount) and must not shrink again.
   */
  discountable: Decimal;
}

export interface GroupAmounts {
  base: Decimal;
  documentDiscount: Decimal;
  totalExcl: Decimal;
  settlementDiscount: Decimal;
  taxable: Decimal;
  vat: Decimal;
  /** Per line of the group, same order. */
  netExcl: Decimal[];
}

/** Groups in order of first appearance, so the breakdown follows the document. */
export function groupByVat(
  items: readonly {
    index: number;
    vatCategory: VatCategory;
    vatRate: Decimal;
    net: Decimal;
    isDepositDeduction?: boolean;
  }[],
): VatGroup[] {
  const groups = new Map<string, VatGroup>();
  for (const { index, vatCategory, vatRate, net, isDepositDeduction } of items) {
    const key = vatGroupKey(vatCategory, vatRate);
    const group = groups.get(key) ?? {
      vatCategory,
      vatRate,
      lines: [],
      entered: ZERO,
      discountable: ZERO,
    };
    group.lines.push({ index, net });
    group.entered = group.entered.plus(net);
    if (!isDepositDeduction) group.discountable = group.discountable.plus(net);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * §4.1 step 4: a percent is taken per group; an amount (a magnitude, applied with the sign of the
 * document) is split pro rata with the remainder on the largest group. In the document's price mode.
 */
export function documentDiscountShares(
  groups: readonly VatGroup[],
  discount: ParsedDiscount | null,
): Decimal[] {
  if (!discount) return groups.map(() => ZERO);
  if (discount.type === 'percent') {
    return groups.map((group) => round2(group.discountable.times(discount.value).div(HUNDRED)));
  }
  const entered = groups.map((group) => group.discountable);
  const total = sum(entered);
  if (discount.value.gt(total.abs()))
    throw new TotalsError('discountExceedsAmount', 'discount.value');
  return allocateProRata(total.lt(ZERO) ? discount.value.neg() : discount.value, entered);
}

/** §4.3: round each line back to excl, the last line takes the remainder so Σ = base exactly. */
function spreadExcl(base: Decimal, nets: readonly Decimal[], factor: Decimal): Decimal[] {
  const shares = nets.map((net) => round2(net.div(factor)));
  const last = shares.length - 1;
  shares[last] = base.minus(sum(shares.slice(0, last)));
  return shares;
}

/**
 * One row of the VAT breakdown. VAT is computed on the group's sum, never per line (§4.1, BR-CO-17).
 * `settlementPercent` is null without a settlement discount; with one, VAT is due on the discounted
 * base whether or not the customer takes it (§4.4).
 */
export function groupAmounts(
  priceMode: PriceMode,
  group: VatGroup,
  discountShare: Decimal,
  settlementPercent: Decimal | null,
): GroupAmounts {
  const rate = group.vatRate.div(HUNDRED);
  const afterDiscount = group.entered.minus(discountShare);
  const factor = ONE.plus(rate);
  const base = priceMode === 'excl' ? group.entered : round2(group.entered.div(factor));
  const totalExcl = priceMode === 'excl' ? afterDiscount : round2(afterDiscount.div(factor));
  const settlementDiscount = settlementPercent
    ? round2(totalExcl.times(settlementPercent).div(HUNDRED))
    : ZERO;
  const taxable = totalExcl.minus(settlementDiscount);
  // Incl mode without settlement discount keeps the entered total: VAT = G − taxable (§4.3).
  const vat =
    priceMode === 'incl' && !settlementPercent
      ? afterDiscount.minus(totalExcl)
      : round2(taxable.times(rate));
  const nets = group.lines.map((line) => line.net);
  return {
    base,
    documentDiscount: base.minus(totalExcl),
    totalExcl,
    settlementDiscount,
    taxable,
    vat,
    netExcl: priceMode === 'excl' ? nets : spreadExcl(base, nets, factor),
  };
}
