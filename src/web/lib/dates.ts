import { addDays, formatIsoDate, parseIsoDate } from '../../core/numbering/index.js';

/** Today on this device as `YYYY-MM-DD`: the date a user means when they say "today". */
export function todayIso(): string {
  const now = new Date();
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** `2026-01-31` + 30 → `2026-03-02`; null for anything that is not a date. */
export function addDaysIso(date: string, days: number): string | null {
  const day = parseIsoDate(date);
  return day ? formatIsoDate(addDays(day, days)) : null;
}
