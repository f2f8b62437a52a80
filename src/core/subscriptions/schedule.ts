/**
 * When a subscription invoices, and for which period (DOMAIN §13). Pure: "today" and "now" are
 * passed in. Cycle dates are anchored on the start date, never chained, so a subscription that
 * starts on 31 January invoices on 28 (29) February and again on 31 March.
 */
import { addDays, addMonths, formatIsoDate, parseIsoDate } from '../numbering/calendar.js';
import { BRUSSELS, zonedInstant } from './time-zone.js';

export const FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'yearly', 'everyTwoYears'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

const MONTHS: Record<Exclude<Frequency, 'weekly'>, number> = {
  monthly: 1,
  quarterly: 3,
  yearly: 12,
  everyTwoYears: 24,
};

export interface Schedule {
  /** First cycle date (`YYYY-MM-DD`). */
  startDate: string;
  /** Last day invoiced (inclusive); no cycle starts after it. */
  endDate: string | null;
  frequency: Frequency;
  /** Local hour (0–23) at which the invoice of a cycle date is created. */
  hour: number;
  /** Time zone of `hour`; Europe/Brussels unless told. */
  timeZone?: string;
}

/** One invoice of a subscription: its cycle, the period it covers, and when it is created. */
export interface Occurrence {
  /** 0 for the period that starts on the start date, then 1, 2… */
  cycle: number;
  /** Cycle date: the issue date of the invoice and the first day of its period. */
  date: string;
  periodStart: string;
  /** The day before the next cycle date, or the end date when that comes first. */
  periodEnd: string;
  /** The instant the invoice is due to be created: `hour` on `date`, local time. */
  runAt: Date;
}

function parse(date: string) {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a date: ${date}`);
  return parsed;
}

/** The date of cycle `cycle` (≥ 0): start + cycle × the frequency, clamped to the month's end. */
export function cycleDate(startDate: string, frequency: Frequency, cycle: number): string {
  const start = parse(startDate);
  return formatIsoDate(
    frequency === 'weekly'
      ? addDays(start, 7 * cycle)
      : addMonths(start, MONTHS[frequency] * cycle),
  );
}

const dayNumber = (date: string) => {
  const { year, month, day } = parse(date);
  return Date.UTC(year, month - 1, day) / 86_400_000;
};

/** The first cycle whose date is on or after `date`. */
export function firstCycleOnOrAfter(startDate: string, frequency: Frequency, date: string): number {
  if (date <= startDate) return 0;
  if (frequency === 'weekly') return Math.ceil((dayNumber(date) - dayNumber(startDate)) / 7);
  const from = parse(startDate);
  const to = parse(date);
  const step = MONTHS[frequency];
  let cycle = Math.max(0, Math.floor(((to.year - from.year) * 12 + to.month - from.month) / step));
  while (cycleDate(startDate, frequency, cycle) < date) cycle += 1;
  while (cycle > 0 && cycleDate(startDate, frequency, cycle - 1) >= date) cycle -= 1;
  return cycle;
}

/** Cycle `cycle` of the schedule, or null when it would start after the end date. */
export function occurrence(schedule: Schedule, cycle: number): Occurrence | null {
  const { startDate, endDate, frequency, hour } = schedule;
  const date = cycleDate(startDate, frequency, cycle);
  if (endDate !== null && date > endDate) return null;
  const beforeNext = formatIsoDate(addDays(parse(cycleDate(startDate, frequency, cycle + 1)), -1));
  return {
    cycle,
    date,
    periodStart: date,
    periodEnd: endDate !== null && endDate < beforeNext ? endDate : beforeNext,
    runAt: zonedInstant(date, hour, schedule.timeZone ?? BRUSSELS),
  };
}

/**
 * The cycle to invoice next when a subscription is created, changed or resumed on `today`: the
 * first cycle date from today on (a start in the past gives no backlog, only the next cycle),
 * after the last period already invoiced. Null when the end date leaves none.
 */
export function nextCycle(
  schedule: Schedule,
  today: string,
  lastInvoicedPeriodStart: string | null = null,
): number | null {
  let cycle = firstCycleOnOrAfter(schedule.startDate, schedule.frequency, today);
  while (
    lastInvoicedPeriodStart !== null &&
    cycleDate(schedule.startDate, schedule.frequency, cycle) <= lastInvoicedPeriodStart
  )
    cycle += 1;
  return occurrence(schedule, cycle) ? cycle : null;
}

/** The occurrences from `fromCycle` on whose time has come at `now`, in order (a catch-up). */
export function dueOccurrences(
  schedule: Schedule,
  fromCycle: number,
  now: Date,
  limit = 1000,
): Occurrence[] {
  const due: Occurrence[] = [];
  for (let cycle = fromCycle; due.length < limit; cycle += 1) {
    const next = occurrence(schedule, cycle);
    if (!next || next.runAt.getTime() > now.getTime()) break;
    due.push(next);
  }
  return due;
}

/** The next `count` occurrences from `fromCycle` (fewer when the end date comes first). */
export function upcomingOccurrences(
  schedule: Schedule,
  fromCycle: number,
  count: number,
): Occurrence[] {
  const upcoming: Occurrence[] = [];
  for (let cycle = fromCycle; upcoming.length < count; cycle += 1) {
    const next = occurrence(schedule, cycle);
    if (!next) break;
    upcoming.push(next);
  }
  return upcoming;
}
