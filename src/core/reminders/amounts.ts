import { type DecimalInput, ZERO, formatMoney, parseDecimal, round2 } from '../money/decimal.js';
import type { CustomerKind } from './classification.js';
import { FLAT_INDEMNITY_EUR, consumerDamagesCapDecimal } from './damages.js';
import { type InterestResult, accruedInterest } from './interest.js';
import type { ReferenceRate } from './reference-rates.js';

/** What a step asks to add; the law decides what may actually be added. */
export interface StepCharges {
  addInterest: boolean;
  /** Businesses: the flat 40 EUR. */
  addIndemnity: boolean;
  /** Consumers: lump-sum damages, at most the legal cap. */
  addDamages: boolean;
}

export interface ReminderAmountsInput {
  kind: CustomerKind;
  /** No reminder was sent for this invoice before (a consumer's first one is free). */
  isFirst: boolean;
  dueDate: string;
  /** The reminder's date: interest is counted to this day. */
  date: string;
  currency: string;
  /** EUR per unit of the invoice's currency; fixed EUR amounts are converted with it. */
  eurPerUnit?: DecimalInput | null;
  openBalance: DecimalInput;
  payments: readonly { date: string; amount: DecimalInput }[];
  step: StepCharges;
  /** Charges an earlier reminder of the invoice already claimed: they stay claimed. */
  claimed: StepCharges;
  /** Consumers: the deadline of the first (free) reminder; nothing accrues before it. */
  consumerGraceUntil: string | null;
  rates: readonly ReferenceRate[];
}

export interface ReminderAmounts {
  openBalance: string;
  interest: InterestResult;
  /** Businesses: 40 EUR (claimed once per invoice, then carried). */
  indemnity: string;
  /** Consumers: the damages, never above the legal cap. */
  damages: string;
  totalDue: string;
}

const NO_INTEREST: InterestResult = { total: '0.00', periods: [] };

/** A fixed EUR amount in the invoice's currency; null when there is no rate to convert with. */
function inCurrency(eur: DecimalInput, input: ReminderAmountsInput) {
  if (input.currency === 'EUR') return parseDecimal(eur);
  if (!input.eurPerUnit) return null;
  return round2(parseDecimal(eur).div(parseDecimal(input.eurPerUnit)));
}

/**
 * The amounts a reminder claims.
 *
 * Businesses (Law of 2 Aug 2002): interest at the legal rate from the day after the due date, and
 * the flat 40 EUR, once per invoice; both due without notice, added when the step says so.
 *
 * Consumers (Book XIX): the first reminder is free. Later ones may add damages within the legal
 * cap on the amount still due, and interest at most at the commercial rate, accruing only after
 * the first reminder's deadline.
 */
export function reminderAmounts(input: ReminderAmountsInput): ReminderAmounts {
  const balance = parseDecimal(input.openBalance);
  const wants = (charge: keyof StepCharges) => input.step[charge] || input.claimed[charge];
  let interest = NO_INTEREST;
  let indemnity = ZERO;
  let damages = ZERO;
  if (balance.gt(ZERO) && input.kind === 'b2b') {
    if (wants('addInterest'))
      interest = accruedInterest({
        after: input.dueDate,
        asOf: input.date,
        openBalance: input.openBalance,
        payments: input.payments,
        rates: input.rates,
      });
    if (wants('addIndemnity')) indemnity = inCurrency(FLAT_INDEMNITY_EUR, input) ?? ZERO;
  } else if (
    balance.gt(ZERO) &&
    !input.isFirst &&
    input.consumerGraceUntil &&
    input.date > input.consumerGraceUntil
  ) {
    if (wants('addInterest'))
      interest = accruedInterest({
        after: input.consumerGraceUntil,
        asOf: input.date,
        openBalance: input.openBalance,
        payments: input.payments,
        rates: input.rates,
      });
    if (wants('addDamages')) {
      const eurBalance =
        input.currency === 'EUR'
          ? balance
          : input.eurPerUnit
            ? balance.times(parseDecimal(input.eurPerUnit))
            : null;
      damages = eurBalance
        ? (inCurrency(consumerDamagesCapDecimal(eurBalance).toFixed(2), input) ?? ZERO)
        : ZERO;
    }
  }
  const total = balance.plus(interest.total).plus(indemnity).plus(damages);
  return {
    openBalance: formatMoney(balance),
    interest,
    indemnity: formatMoney(indemnity),
    damages: formatMoney(damages),
    totalDue: formatMoney(total),
  };
}
