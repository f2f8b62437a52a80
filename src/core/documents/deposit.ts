import { allocateProRata } from '../money/allocate.js';
import {
  type Decimal,
  type DecimalInput,
  DecimalError,
  HUNDRED,
  MONEY_LIMIT,
  ZERO,
  dec,
  formatMoney,
  parseDecimal,
  round2,
  sum,
} from '../money/decimal.js';
import type { DocumentTotals, ItemLineInput, PriceMode } from './types.js';

/**
 * Deposits (DOMAIN §4.6): the deposit invoice takes a share of each VAT group of the quote, and
 * the final invoice takes each deposit back with a negative line at the same rate, so VAT is paid
 * once on the advance and once on the rest, never twice.
 */

export const DEPOSIT_ERROR_CODES = [
  'invalidNumber',
  'tooManyDecimals',
  'amountTooLarge',
  'invalidDeposit',
  'depositExceedsTotal',
  'nothingToDeposit',
] as const;
export type DepositErrorCode = (typeof DEPOSIT_ERROR_CODES)[number];

export class DepositError extends Error {
  constructor(readonly code: DepositErrorCode) {
    super(code);
    this.name = 'DepositError';
  }
}

/** A percent of the quote, or an amount in the quote's price mode (excl or incl VAT). */
export type DepositSpec =
  { type: 'percent'; value: DecimalInput } | { type: 'amount'; value: DecimalInput };

/** The lines of a deposit invoice, to be passed to `computeTotals` with this price mode. */
export interface DepositInvoiceLines {
  priceMode: PriceMode;
  lines: ItemLineInput[];
}

function parse(value: unknown, maxDecimals: number): Decimal {
  try {
    return parseDecimal(value, { maxDecimals, max: MONEY_LIMIT });
  } catch (error) {
    if (!(error instanceof DecimalError)) throw error;
    throw new DepositError(error.code);
  }
}

/** Each group's amount in the price mode its lines are entered in. */
function amountsIn(totals: DocumentTotals, priceMode: PriceMode): Decimal[] {
  return totals.vatGroups.map((group) =>
    dec(priceMode === 'excl' ? group.totalExcl : group.totalIncl),
  );
}

/**
 * A percent is taken per VAT group (like a document discount); an amount is split pro rata over
 * the groups with the rounding remainder on the largest. One line per group, quantity 1.
 */
export function depositInvoiceLines(quote: DocumentTotals, spec: DepositSpec): DepositInvoiceLines {
  const amounts = amountsIn(quote, quote.priceMode);
  const total = sum(amounts);
  if (total.lte(ZERO)) throw new DepositError('nothingToDeposit');
  let shares: Decimal[];
  if (spec.type === 'percent') {
    const percent = parse(spec.value, 4);
    if (percent.lte(ZERO) || percent.gt(HUNDRED)) throw new DepositError('invalidDeposit');
    shares = amounts.map((amount) => round2(amount.times(percent).div(HUNDRED)));
  } else if (spec.type === 'amount') {
    const amount = parse(spec.value, 2);
    if (amount.lte(ZERO)) throw new DepositError('invalidDeposit');
    if (amount.gt(total)) throw new DepositError('depositExceedsTotal');
    shares = allocateProRata(amount, amounts);
  } else {
    throw new DepositError('invalidDeposit');
  }
  const lines = quote.vatGroups.flatMap((group, i): ItemLineInput[] => {
    const share = shares[i] ?? ZERO;
    if (share.eq(ZERO)) return [];
    const { vatCategory, vatRate } = group;
    return [{ kind: 'item', quantity: '1', unitPrice: formatMoney(share), vatRate, vatCategory }];
  });
  return { priceMode: quote.priceMode, lines };
}

/**
 * The lines of the final invoice that take back one deposit invoice: per VAT group, quantity −1
 * at the deposit's amount (a positive price: UBL refuses negative prices, BR-27), priced in the
 * final invoice's mode. The caller adds the wording ("deposit F2026-0042").
 */
export function depositDeductionLines(
  deposit: DocumentTotals,
  priceMode: PriceMode,
): ItemLineInput[] {
  const amounts = amountsIn(deposit, priceMode);
  return deposit.vatGroups.flatMap((group, i): ItemLineInput[] => {
    const amount = amounts[i] ?? ZERO;
    if (amount.eq(ZERO)) return [];
    return [
      {
        kind: 'item',
        quantity: '-1',
        unitPrice: formatMoney(amount),
        vatRate: group.vatRate,
        vatCategory: group.vatCategory,
        isDepositDeduction: true,
      },
    ];
  });
}
