import { formatIsoDate, parseIsoDate } from '../../../core/numbering/index.js';

/** The calendar quarter before the one `today` falls in: what an accountant asks for. */
export function lastQuarter(today: string): { from: string; to: string } {
  const day = parseIsoDate(today);
  if (!day) throw new Error(`Not a date: ${today}`);
  const quarter = Math.floor((day.month - 1) / 3);
  const year = quarter === 0 ? day.year - 1 : day.year;
  const first = quarter === 0 ? 10 : (quarter - 1) * 3 + 1;
  const last = first + 2;
  // The day before the first of the following month.
  const end = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return {
    from: formatIsoDate({ year, month: first, day: 1 }),
    to: formatIsoDate({ year, month: last, day: end }),
  };
}
