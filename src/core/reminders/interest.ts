import {
  type Decimal,
  type DecimalInput,
  ZERO,
  formatDecimal,
  formatMoney,
  parseDecimal,
  round2,
} from '../money/decimal.js';
import { daysBetween, plusDays } from './days.js';
import { type ReferenceRate, rateForDate } from './reference-rates.js';

const YEAR_DAYS = 365;

/**
 * Simple late-payment interest: amount × rate × days / 365, half-up to the cent.
 * DOMAIN §9: 1,000.00 paid 45 days late at 10.5 % ⇒ 12.95.
 */
export function lateInterest(
  amount: DecimalInput,
  ratePercent: DecimalInput,
  days: number,
): string {
  return formatMoney(
    round2(unroundedInterest(parseDecimal(amount), parseDecimal(ratePercent), days)),
  );
}

function unroundedInterest(amount: Decimal, ratePercent: Decimal, days: number): Decimal {
  if (days <= 0 || amount.lte(ZERO)) return ZERO;
  return amount
    .times(ratePercent)
    .times(String(days))
    .div(String(100 * YEAR_DAYS));
}

/** One stretch of days at one rate on one amount. */
export interface InterestPeriod {
  /** First and last day that bear interest (both included). */
  from: string;
  to: string;
  days: number;
  amount: string;
  ratePercent: string;
  /** Interest of the stretch, to the cent (the total is rounded once, from the exact sum). */
  interest: string;
}

export interface InterestResult {
  total: string;
  periods: InterestPeriod[];
}

/** The last day of the half-year `isoDate` falls in. */
function semesterEnd(isoDate: string): string {
  const year = isoDate.slice(0, 4);
  return Number(isoDate.slice(5, 7)) <= 6 ? `${year}-06-30` : `${year}-12-31`;
}

/**
 * Interest on `amount` for every day after `after` up to and including `until`, each day at the
 * rate of its half-year (a debt late across 1 July changes rate on that day).
 */
function periodsFor(
  amount: Decimal,
  after: string,
  until: string,
  rates: readonly ReferenceRate[],
): { periods: InterestPeriod[]; exact: Decimal } {
  const periods: InterestPeriod[] = [];
  let exact = ZERO;
  if (amount.lte(ZERO) || until <= after) return { periods, exact };
  let from = plusDays(after, 1);
  while (from <= until) {
    const end = semesterEnd(from) < until ? semesterEnd(from) : until;
    const days = daysBetween(from, end) + 1;
    const rate = rateForDate(from, rates);
    if (rate !== null) {
      const interest = unroundedInterest(amount, parseDecimal(rate), days);
      exact = exact.plus(interest);
      const previous = periods[periods.length - 1];
      // Consecutive half-years at the same rate read as one stretch.
      if (previous && previous.ratePercent === rate && plusDays(previous.to, 1) === from) {
        previous.to = end;
        previous.days += days;
        previous.interest = formatMoney(
          unroundedInterest(amount, parseDecimal(rate), previous.days),
        );
      } else {
        periods.push({
          from,
          to: end,
          days,
          amount: formatMoney(amount),
          ratePercent: formatDecimal(parseDecimal(rate)),
          interest: formatMoney(interest),
        });
      }
    }
    from = plusDays(end, 1);
  }
  return { periods, exact };
}

export interface AccruedInterestInput {
  /** Interest runs from the day after this date (the due date, or a consumer's deadline). */
  after: string;
  /** The day interest is counted to (the reminder's date), included. */
  asOf: string;
  /** What is still unpaid on `asOf`. */
  openBalance: DecimalInput;
  /** Payments already received: those made late bore interest until the day they were paid. */
  payments?: readonly { date: string; amount: DecimalInput }[];
  rates: readonly ReferenceRate[];
}

/**
 * Late interest owed on `asOf`: the open balance from the day after `after`, plus each late
 * payment for the days it was late. Exact sum, rounded once half-up to the cent.
 */
export function accruedInterest(input: AccruedInterestInput): InterestResult {
  const parts = [
    periodsFor(parseDecimal(input.openBalance), input.after, input.asOf, input.rates),
    ...(input.payments ?? []).map((payment) =>
      periodsFor(
        parseDecimal(payment.amount),
        input.after,
        payment.date < input.asOf ? payment.date : input.asOf,
        input.rates,
      ),
    ),
  ];
  const exact = parts.reduce((total, part) => total.plus(part.exact), ZERO);
  return { total: formatMoney(exact), periods: parts.flatMap((part) => part.periods) };
}
