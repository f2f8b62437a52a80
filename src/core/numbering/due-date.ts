import { addDays, addMonths, endOfMonth, formatIsoDate, parseIsoDate } from './calendar.js';
import { NumberingError } from './errors.js';

export interface PaymentTerm {
  /** 0 = payable on the issue date. */
  days: number;
  /** Move the result to the last day of its month ("30 days end of month"). */
  endOfMonth: boolean;
}

const MAX_TERM_DAYS = 3650;

/**
 * Due date of an invoice (or expiry of a quote) as 'YYYY-MM-DD'.
 *
 * DOMAIN §2 fixes: 15 Jan + 30 days → 15 Feb, or 28 Feb with end-of-month. Counting 30 calendar
 * days would give 14 Feb, so a term that is a whole number of 30-day blocks is read the way
 * invoices state it, as that many months (30 → 1 month, 60 → 2, 90 → 3), clamped to the end of
 * a shorter month (31 Jan + 30 → 28 Feb). Any other term counts calendar days. End of month
 * applies after the term.
 */
export function dueDate(issueDate: string, term: PaymentTerm): string {
  const start = parseIsoDate(issueDate);
  if (!start) throw new NumberingError('invalidDate');
  const { days } = term;
  if (!Number.isInteger(days) || days < 0 || days > MAX_TERM_DAYS) {
    throw new NumberingError('invalidPaymentTerm');
  }
  const due = days > 0 && days % 30 === 0 ? addMonths(start, days / 30) : addDays(start, days);
  return formatIsoDate(term.endOfMonth ? endOfMonth(due) : due);
}
