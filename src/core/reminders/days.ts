import { addDays, formatIsoDate, parseIsoDate } from '../numbering/calendar.js';
import { RemindersError } from './errors.js';

/** Calendar-day arithmetic on `YYYY-MM-DD` strings: days, not instants, so no time zones. */

function parse(isoDate: string) {
  const date = parseIsoDate(isoDate);
  if (!date) throw new RemindersError('invalidDate');
  return date;
}

export function plusDays(isoDate: string, days: number): string {
  return formatIsoDate(addDays(parse(isoDate), days));
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  const a = parse(from);
  const b = parse(to);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

export const laterOf = (a: string, b: string): string => (a > b ? a : b);

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate({ year, month, day });
}

/** The ten Belgian public holidays (Law of 4 Jan 1974) of a year. */
export function belgianPublicHolidays(year: number): string[] {
  const sunday = easter(year);
  const fixed = ['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25'].map(
    (day) => `${year}-${day}`,
  );
  return [...fixed, plusDays(sunday, 1), plusDays(sunday, 39), plusDays(sunday, 50)].sort();
}

/** Monday to Friday and not a Belgian public holiday. */
export function isWorkingDay(isoDate: string): boolean {
  const { year, month, day } = parse(isoDate);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !belgianPublicHolidays(year).includes(isoDate);
}

/** The `n`-th working day after `isoDate` (the day itself not counted). */
export function workingDaysAfter(isoDate: string, n: number): string {
  let date = isoDate;
  let count = 0;
  while (count < n) {
    date = plusDays(date, 1);
    if (isWorkingDay(date)) count += 1;
  }
  return date;
}
