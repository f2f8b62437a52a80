import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HUNDRED, ONE, dec, formatDecimal, formatMoney, round2, sum } from '../money/decimal.js';
import { computeTotals } from './totals.js';
import type {
  DiscountInput,
  DocumentInput,
  DocumentTotals,
  ItemLineInput,
  ItemLineTotals,
  LineInput,
  PriceMode,
  VatCategory,
} from './types.js';

// ---------- generators ----------

const RATES: readonly [VatCategory, string][] = [
  ['S', '21'],
  ['S', '12'],
  ['S', '6'],
  ['Z', '0'],
  ['AE', '0'],
  ['E', '0'],
];

/** A non-negative decimal string with up to `maxScale` decimals and an integer part ≤ maxInt. */
const decimalString = (maxInt: number, maxScale: number) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: maxInt }),
      fc.integer({ min: 0, max: maxScale }),
      fc.integer({ min: 0, max: 10 ** maxScale - 1 }),
    )
    .map(([whole, scale, fraction]) =>
      scale === 0
        ? String(whole)
        : `${whole}.${String(fraction % 10 ** scale).padStart(scale, '0')}`,
    );

const percentString = fc
  .integer({ min: 0, max: 10_000 })
  .map((n) => formatDecimal(dec(String(n)).div(HUNDRED)));

/** A line discount: a percent, or a fraction (in %) of the line's gross turned into an amount. */
type DiscountSeed =
  { type: 'percent'; value: string } | { type: 'fraction'; percent: number } | null;
const discountSeed: fc.Arbitrary<DiscountSeed> = fc.oneof(
  fc.constant(null),
  percentString.map((value) => ({ type: 'percent' as const, value })),
  fc.integer({ min: 0, max: 100 }).map((percent) => ({ type: 'fraction' as const, percent })),
);

function fractionOf(amount: string, percent: number): string {
  return formatMoney(
    round2(
      dec(amount)
        .abs()
        .times(dec(String(percent)))
        .div(HUNDRED),
    ),
  );
}

function seedToDiscount(seed: DiscountSeed, base: () => string): DiscountInput | null {
  if (!seed) return null;
  if (seed.type === 'percent') return seed;
  return { type: 'amount', value: fractionOf(base(), seed.percent) };
}

const itemLine: fc.Arbitrary<ItemLineInput> = fc
  .record({
    negative: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    quantity: decimalString(1000, 4),
    unitPrice: decimalString(10_000, 4),
    rate: fc.constantFrom(...RATES),
    discount: discountSeed,
    purchasePrice: fc.option(decimalString(10_000, 4)),
    emptyGoodsValue: fc.option(decimalString(10, 2)),
  })
  .map((seed) => {
    // Mostly positive lines, sometimes a deduction or credit line.
    const quantity = seed.negative && seed.quantity !== '0' ? `-${seed.quantity}` : seed.quantity;
    const gross = () => formatMoney(dec(quantity).times(dec(seed.unitPrice)));
    return {
      kind: 'item',
      quantity,
      unitPrice: seed.unitPrice,
      vatCategory: seed.rate[0],
      vatRate: seed.rate[1],
      discount: seedToDiscount(seed.discount, gross),
      purchasePrice: seed.purchasePrice,
      emptyGoodsValue: seed.emptyGoodsValue,
      isDepositDeduction: seed.negative,
    };
  });

const line: fc.Arbitrary<LineInput> = fc.oneof(
  { weight: 6, arbitrary: itemLine },
  { weight: 1, arbitrary: fc.constant({ kind: 'section' as const, title: 'Section' }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'text' as const }) },
);

const settlement = fc.option(
  fc.record({
    percent: fc
      .integer({ min: 0, max: 1000 })
      .map((n) => formatDecimal(dec(String(n)).div(HUNDRED))),
    days: fc.nat(60),
  }),
);

const documentArb: fc.Arbitrary<DocumentInput> = fc
  .record({
    priceMode: fc.constantFrom<PriceMode>('excl', 'incl'),
    lines: fc.array(line, { maxLength: 12 }),
    discount: discountSeed,
    settlementDiscount: settlement,
  })
  .map(({ discount, ...rest }) => {
    const withoutDiscount: DocumentInput = { ...rest, discount: null };
    return {
      ...withoutDiscount,
      // An amount discount is a share of what it may reduce: deposit deductions are not discounted.
      discount: seedToDiscount(discount, () =>
        total(
          computeTotals(withoutDiscount).lines.flatMap((l) =>
            l.kind === 'item' && !l.isDepositDeduction ? [l.net] : [],
          ),
        ),
      ),
    };
  });

// ---------- helpers ----------

const MONEY = /^-?\d+\.\d{2}$/;
/** Result fields that are not amounts. */
const NOT_MONEY_KEYS = new Set(['priceMode', 'kind', 'vatCategory', 'vatRate', 'percent']);

/** Every amount of a result negated; rates, percents, days and flags unchanged. */
function negated(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && !NOT_MONEY_KEYS.has(key)) {
    if (value === '0.00') return value;
    return value.startsWith('-') ? value.slice(1) : `-${value}`;
  }
  if (Array.isArray(value)) return value.map((entry) => negated(entry));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, negated(v, k)]));
  }
  return value;
}

/** Every amount of a result. */
function amounts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return NOT_MONEY_KEYS.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((entry) => amounts(entry));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => amounts(v, k));
  }
  return [];
}

const total = (values: readonly string[]) => formatMoney(sum(values.map(dec)));
const itemsOf = (totals: DocumentTotals) =>
  totals.lines.filter((l): l is ItemLineTotals => l.kind === 'item');

// ---------- properties ----------

describe('computeTotals properties', () => {
  it('is internally consistent for any document', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const t = computeTotals(document);
        const groups = t.vatGroups;
        const items = itemsOf(t);
        for (const amount of amounts(t)) {
          expect(amount).toMatch(MONEY);
          expect(amount).not.toBe('-0.00');
        }
        expect(total(groups.map((g) => g.totalExcl))).toBe(t.totalExcl);
        expect(total(groups.map((g) => g.vat))).toBe(t.totalVat);
        expect(total(groups.map((g) => g.base))).toBe(t.totalBase);
        expect(total(groups.map((g) => g.documentDiscount))).toBe(t.totalDocumentDiscount);
        expect(total([t.totalExcl, t.totalVat])).toBe(t.totalIncl);
        expect(total([t.totalIncl, t.totalEmpties])).toBe(t.totalPayable);
        expect(formatMoney(dec(t.totalExcl).minus(dec(t.totalCost)))).toBe(t.totalProfit);
        expect(total(items.map((l) => l.net))).toBe(t.linesTotal);
        expect(total(items.map((l) => l.empties))).toBe(t.totalEmpties);
        expect(total(items.map((l) => l.cost))).toBe(t.totalCost);
        for (const l of items) {
          expect(formatMoney(dec(l.gross).minus(dec(l.discount)))).toBe(l.net);
          if (t.priceMode === 'excl') expect(l.netExcl).toBe(l.net);
        }
        for (const g of groups) {
          const rate = dec(g.vatRate).div(HUNDRED);
          const inGroup = items.filter(
            (l) => l.vatCategory === g.vatCategory && l.vatRate === g.vatRate,
          );
          // Σ line nets excl = group base, exactly, in both modes (UBL BR-CO-10).
          expect(total(inGroup.map((l) => l.netExcl))).toBe(g.base);
          expect(formatMoney(dec(g.base).minus(dec(g.documentDiscount)))).toBe(g.totalExcl);
          expect(formatMoney(dec(g.totalExcl).minus(dec(g.settlementDiscount)))).toBe(g.taxable);
          expect(total([g.totalExcl, g.vat])).toBe(g.totalIncl);
          const expectedVat = round2(dec(g.taxable).times(rate));
          // A 0 % settlement discount is no settlement discount.
          const settles = t.settlement !== null && t.settlement.percent !== '0';
          if (t.priceMode === 'excl' || settles) {
            expect(g.vat).toBe(formatMoney(expectedVat));
          } else {
            // Incl mode keeps G: VAT = G − round2(G / (1 + r)) is within a cent of round2(base × r).
            expect(dec(g.vat).minus(expectedVat).abs().lte(dec('0.01'))).toBe(true);
            // …and the group's total incl is what was entered.
            if (!document.discount) expect(g.totalIncl).toBe(total(inGroup.map((l) => l.net)));
          }
        }
        if (t.settlement) {
          expect(total(groups.map((g) => g.settlementDiscount))).toBe(t.settlement.discount);
          expect(formatMoney(dec(t.totalPayable).minus(dec(t.settlement.discount)))).toBe(
            t.settlement.totalPayable,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a credit note (every quantity negated) has exactly the negated totals', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const credit: DocumentInput = {
          ...document,
          lines: document.lines.map((l) =>
            l.kind === 'item'
              ? { ...l, quantity: formatDecimal(dec(String(l.quantity)).neg()) }
              : l,
          ),
        };
        expect(computeTotals(credit)).toEqual(negated(computeTotals(document)));
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * When do prices entered incl VAT give the same totals as the same prices entered excl?
 * Write N for a group's Σ line nets excl and r for its rate. Entered incl, each line total is
 * rounded to cents, so G = N(1 + r) + ε with |ε| ≤ k × 0.005 for k lines; then
 * taxable = round2(G / (1 + r)) and VAT = G − taxable. Hence:
 *  (a) if every line's incl amount is exact in cents (n(1 + r) has ≤ 2 decimals: whole euros
 *      at 21/12/6/0 %), ε = 0 and both entries agree on every amount, for any number of lines;
 *  (b) with one line per group (k = 1), |ε / (1 + r)| < 0.005, so taxable = N and
 *      VAT = round2(N(1 + r)) − N = round2(N r): both entries agree exactly, for any cents;
 *  (c) in general, per group, |taxable_incl − N| ≤ 0.005 (k / (1 + r) + 1) and
 *      |total incl_incl − total incl_excl| ≤ 0.005 (k + 1): a few cents, growing with the lines.
 * The incl twin of an excl document enters each excl line's net, times (1 + r) and rounded, as
 * one undiscounted line. Document discounts are left out: a percent of an incl amount is not
 * the same cents as the percent of the excl amount. The settlement discount may be present:
 * it is computed from the (equal) excl amounts in both modes.
 */
describe('incl and excl entry of the same document', () => {
  const factor = (rate: string) => ONE.plus(dec(rate).div(HUNDRED));

  it('(a) agree exactly when every line amount incl VAT is exact in cents', () => {
    const wholeEuroLine = fc.record({
      quantity: fc.integer({ min: -5, max: 20 }).map(String),
      unitPrice: fc.integer({ min: 0, max: 5000 }).map(String),
      rate: fc.constantFrom(...RATES),
    });
    fc.assert(
      fc.property(fc.array(wholeEuroLine, { maxLength: 10 }), settlement, (lines, terms) => {
        const excl = computeTotals({
          priceMode: 'excl',
          settlementDiscount: terms,
          lines: lines.map((l) => ({
            kind: 'item',
            quantity: l.quantity,
            unitPrice: l.unitPrice,
            vatCategory: l.rate[0],
            vatRate: l.rate[1],
          })),
        });
        const incl = computeTotals({
          priceMode: 'incl',
          settlementDiscount: terms,
          lines: lines.map((l) => ({
            kind: 'item',
            quantity: l.quantity,
            unitPrice: formatDecimal(dec(l.unitPrice).times(factor(l.rate[1]))),
            vatCategory: l.rate[0],
            vatRate: l.rate[1],
          })),
        });
        expect(incl.vatGroups).toEqual(excl.vatGroups);
        expect(itemsOf(incl).map((l) => l.netExcl)).toEqual(itemsOf(excl).map((l) => l.netExcl));
        expect([incl.totalExcl, incl.totalVat, incl.totalIncl]).toEqual([
          excl.totalExcl,
          excl.totalVat,
          excl.totalIncl,
        ]);
      }),
    );
  });

  /** The excl document, and its incl twin: one line per excl line, its net incl rounded. */
  function twins(lines: ItemLineInput[], terms: DocumentInput['settlementDiscount']) {
    const excl = computeTotals({ priceMode: 'excl', lines, settlementDiscount: terms });
    const incl = computeTotals({
      priceMode: 'incl',
      settlementDiscount: terms,
      lines: itemsOf(excl).map((l) => ({
        kind: 'item',
        quantity: '1',
        unitPrice: formatMoney(dec(l.net).times(factor(l.vatRate))),
        vatCategory: l.vatCategory,
        vatRate: l.vatRate,
      })),
    });
    return { excl, incl };
  }

  it('(b) agree exactly with one line per VAT group, whatever the cents', () => {
    const onePerGroup = fc
      .uniqueArray(fc.constantFrom(...RATES), { selector: (r) => r.join('|'), minLength: 1 })
      .chain((rates) =>
        fc.tuple(...rates.map(() => itemLine)).map((lines) =>
          lines.map((l, i) => ({
            ...l,
            vatCategory: rates[i]?.[0] ?? 'S',
            vatRate: rates[i]?.[1] ?? '21',
          })),
        ),
      );
    fc.assert(
      fc.property(onePerGroup, settlement, (lines, terms) => {
        const { excl, incl } = twins(lines, terms);
        expect(incl.vatGroups).toEqual(excl.vatGroups);
        expect(incl.totalIncl).toBe(excl.totalIncl);
      }),
      { numRuns: 300 },
    );
  });

  it('(c) differ by at most 0.005 (k / (1 + r) + 1) taxable and 0.005 (k + 1) incl per group', () => {
    fc.assert(
      fc.property(fc.array(itemLine, { minLength: 1, maxLength: 12 }), (lines) => {
        const { excl, incl } = twins(lines, null);
        excl.vatGroups.forEach((g, i) => {
          const twin = incl.vatGroups[i];
          const k = itemsOf(excl).filter(
            (l) => l.vatCategory === g.vatCategory && l.vatRate === g.vatRate,
          ).length;
          const n = dec(String(k));
          const half = dec('0.005');
          const taxableGap = dec(twin?.taxable ?? '0')
            .minus(dec(g.taxable))
            .abs();
          const inclGap = dec(twin?.totalIncl ?? '0')
            .minus(dec(g.totalIncl))
            .abs();
          expect(taxableGap.lte(half.times(n.div(factor(g.vatRate)).plus(ONE)))).toBe(true);
          expect(inclGap.lte(half.times(n.plus(ONE)))).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
