import Big from 'big.js';
import { formatDecimal, parseDecimal } from '../money/decimal.js';

/**
 * The legal interest rate for late payment in commercial transactions (Law of 2 Aug 2002, art. 5):
 * the ECB's main refinancing rate in force on the first calendar day of the half-year, plus 8
 * points, rounded up to the next half point. The Federal Public Service Finance publishes it in
 * the Moniteur belge / Belgisch Staatsblad each half-year; it applies to the days of that
 * half-year.
 */
export interface ReferenceRate {
  year: number;
  /** 1: January–June, 2: July–December. */
  semester: 1 | 2;
  /** Percent per year, e.g. `'10.5'`. */
  ratePercent: string;
}

/**
 * Defaults every organization starts with (editable in Settings → Reminders). Each is the ECB
 * main refinancing rate on 1 January / 1 July plus 8 points, rounded up to the half point, and
 * matches the notices of the FPS Finance:
 * - 2023-1: ECB 2.50 % → 10.5 %;  2023-2: ECB 4.00 % → 12.0 %
 * - 2024-1: ECB 4.50 % → 12.5 %;  2024-2: ECB 4.25 % → 12.5 %
 * - 2025-1: ECB 3.15 % → 11.5 %;  2025-2: ECB 2.15 % → 10.5 %
 * - 2026-1: ECB 2.15 % → 10.5 %;  2026-2: ECB 2.15 % → 10.5 % (unchanged main refinancing rate
 *   assumed; check the notice and edit the row if it differs)
 */
export const DEFAULT_REFERENCE_RATES: readonly ReferenceRate[] = [
  { year: 2023, semester: 1, ratePercent: '10.5' },
  { year: 2023, semester: 2, ratePercent: '12' },
  { year: 2024, semester: 1, ratePercent: '12.5' },
  { year: 2024, semester: 2, ratePercent: '12.5' },
  { year: 2025, semester: 1, ratePercent: '11.5' },
  { year: 2025, semester: 2, ratePercent: '10.5' },
  { year: 2026, semester: 1, ratePercent: '10.5' },
  { year: 2026, semester: 2, ratePercent: '10.5' },
];

/** ECB main refinancing rate → the legal rate: + 8 points, rounded up to the next half point. */
export function legalRateFromEcb(ecbRatePercent: string): string {
  const plus = parseDecimal(ecbRatePercent).plus('8');
  const halves = plus.times('2');
  const roundedUp = halves.round(0, Big.roundUp);
  return formatDecimal(roundedUp.div('2'));
}

export const semesterOf = (isoDate: string): { year: number; semester: 1 | 2 } => ({
  year: Number(isoDate.slice(0, 4)),
  semester: Number(isoDate.slice(5, 7)) <= 6 ? 1 : 2,
});

const order = (rate: Pick<ReferenceRate, 'year' | 'semester'>) => rate.year * 2 + rate.semester - 1;

/**
 * The rate of the half-year a day falls in. A half-year without a row (the notice not entered yet)
 * keeps the latest earlier rate, as the published rate stays until the next one; a day before
 * every row takes the earliest. Null only when there are no rows at all.
 */
export function rateForDate(isoDate: string, rates: readonly ReferenceRate[]): string | null {
  if (rates.length === 0) return null;
  const target = order(semesterOf(isoDate));
  const sorted = [...rates].sort((a, b) => order(a) - order(b));
  let chosen = sorted[0] as ReferenceRate;
  for (const rate of sorted) if (order(rate) <= target) chosen = rate;
  return chosen.ratePercent;
}
