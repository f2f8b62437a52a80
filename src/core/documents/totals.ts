import {
  type Decimal,
  ZERO,
  formatDecimal,
  formatMoney,
  isWithinMoneyLimit,
  sum,
} from '../money/decimal.js';
import { TotalsError } from './errors.js';
import { type LineAmounts, lineAmounts } from './line-amounts.js';
import { type ParsedItem, type ParsedLine, readDocument } from './read-input.js';
import type {
  DocumentInput,
  DocumentTotals,
  LineTotals,
  TotalsOptions,
  VatGroupTotals,
} from './types.js';
import {
  type GroupAmounts,
  documentDiscountShares,
  groupAmounts,
  groupByVat,
} from './vat-groups.js';

const isItem = (line: ParsedLine): line is ParsedItem => line.kind === 'item';

/** Σ item net per section, keyed by the section's line index. */
function sectionSubtotals(lines: readonly ParsedLine[], amounts: Map<number, LineAmounts>) {
  const subtotals = new Map<number, Decimal>();
  let current: number | null = null;
  lines.forEach((line, index) => {
    if (line.kind === 'section') {
      current = index;
      subtotals.set(index, ZERO);
    } else if (line.kind === 'item' && current !== null) {
      subtotals.set(
        current,
        (subtotals.get(current) ?? ZERO).plus(amounts.get(index)?.net ?? ZERO),
      );
    }
  });
  return subtotals;
}

function checkLimit(values: readonly Decimal[]): void {
  if (!values.every(isWithinMoneyLimit)) throw new TotalsError('amountTooLarge', '');
}

/**
 * The totals of a sales document (DOMAIN §4), the one computation shared by the editor, the API,
 * the PDF and UBL. Pure; throws a `TotalsError` on refused input. Payments are not an input:
 * the result of an issued document never changes, and the open balance is totalPayable minus
 * what the payments module has recorded.
 */
export function computeTotals(input: DocumentInput, options: TotalsOptions = {}): DocumentTotals {
  const doc = readDocument(input, options);
  const items = doc.lines.filter(isItem);
  const amounts = new Map(items.map((item) => [item.index, lineAmounts(item)] as const));

  const groups = groupByVat(
    items.map((item) => ({ ...item, net: amounts.get(item.index)?.net ?? ZERO })),
  );
  checkLimit(groups.map((group) => group.entered));
  const shares = documentDiscountShares(groups, doc.discount);
  const settlementPercent = doc.settlement?.percent.gt(ZERO) ? doc.settlement.percent : null;
  const results: GroupAmounts[] = groups.map((group, i) =>
    groupAmounts(doc.priceMode, group, shares[i] ?? ZERO, settlementPercent),
  );

  const netExcl = new Map<number, Decimal>();
  groups.forEach((group, g) =>
    group.lines.forEach((line, l) => netExcl.set(line.index, results[g]?.netExcl[l] ?? ZERO)),
  );
  const subtotals = sectionSubtotals(doc.lines, amounts);

  const lines = doc.lines.map((line, index): LineTotals => {
    if (line.kind === 'section') {
      return { kind: 'section', subtotal: formatMoney(subtotals.get(index) ?? ZERO) };
    }
    if (line.kind === 'text') return { kind: 'text' };
    const a = amounts.get(index) as LineAmounts;
    const excl = netExcl.get(index) ?? ZERO;
    return {
      kind: 'item',
      gross: formatMoney(a.gross),
      discount: formatMoney(a.discount),
      net: formatMoney(a.net),
      netExcl: formatMoney(excl),
      vatCategory: line.vatCategory,
      vatRate: formatDecimal(line.vatRate),
      cost: formatMoney(a.cost),
      profit: formatMoney(excl.minus(a.cost)),
      empties: formatMoney(a.empties),
      isDepositDeduction: line.isDepositDeduction,
    };
  });

  const vatGroups = groups.map((group, g): VatGroupTotals => {
    const r = results[g] as GroupAmounts;
    return {
      vatCategory: group.vatCategory,
      vatRate: formatDecimal(group.vatRate),
      base: formatMoney(r.base),
      documentDiscount: formatMoney(r.documentDiscount),
      totalExcl: formatMoney(r.totalExcl),
      settlementDiscount: formatMoney(r.settlementDiscount),
      taxable: formatMoney(r.taxable),
      vat: formatMoney(r.vat),
      totalIncl: formatMoney(r.totalExcl.plus(r.vat)),
    };
  });

  const totalExcl = sum(results.map((r) => r.totalExcl));
  const totalVat = sum(results.map((r) => r.vat));
  const totalIncl = totalExcl.plus(totalVat);
  const totalEmpties = sum([...amounts.values()].map((a) => a.empties));
  const totalPayable = totalIncl.plus(totalEmpties);
  const totalCost = sum([...amounts.values()].map((a) => a.cost));
  const settlementDiscount = sum(results.map((r) => r.settlementDiscount));
  const deductions = sum(
    items.filter((i) => i.isDepositDeduction).map((i) => netExcl.get(i.index) ?? ZERO),
  );
  checkLimit([totalExcl, totalIncl, totalPayable, totalCost, totalExcl.minus(totalCost)]);

  return {
    priceMode: doc.priceMode,
    lines,
    vatGroups,
    linesTotal: formatMoney(sum(groups.map((group) => group.entered))),
    documentDiscount: formatMoney(sum(shares)),
    totalBase: formatMoney(sum(results.map((r) => r.base))),
    totalDocumentDiscount: formatMoney(sum(results.map((r) => r.documentDiscount))),
    totalExcl: formatMoney(totalExcl),
    totalVat: formatMoney(totalVat),
    totalIncl: formatMoney(totalIncl),
    totalEmpties: formatMoney(totalEmpties),
    totalPayable: formatMoney(totalPayable),
    totalCost: formatMoney(totalCost),
    totalProfit: formatMoney(totalExcl.minus(totalCost)),
    totalDepositDeductions: formatMoney(deductions),
    settlement: doc.settlement && {
      percent: formatDecimal(doc.settlement.percent),
      days: doc.settlement.days,
      discount: formatMoney(settlementDiscount),
      totalPayable: formatMoney(totalPayable.minus(settlementDiscount)),
    },
  };
}
