/**
 * Wall-clock time in a time zone ↔ instants, through the platform's own time zone database
 * (`Intl.DateTimeFormat`), so daylight saving time follows the rules of the zone and no library
 * is needed. Belgium is the zone that matters: invoices are created at a local hour.
 */
import { formatIsoDate, parseIsoDate } from '../numbering/calendar.js';

export const BRUSSELS = 'Europe/Brussels';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a clock on the wall in `timeZone` shows at `instant`. */
export function wallClockAt(instant: Date, timeZone = BRUSSELS): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The calendar date (`YYYY-MM-DD`) in `timeZone` at `instant`. */
export function dateInZone(instant: Date, timeZone = BRUSSELS): string {
  const wall = wallClockAt(instant, timeZone);
  return formatIsoDate({ year: wall.year, month: wall.month, day: wall.day });
}

/** Local time minus UTC at `instantMs`, in ms (Brussels: +1 h in winter, +2 h in summer). */
function offsetAt(instantMs: number, timeZone: string): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  const wall = wallClockAt(new Date(whole), timeZone);
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - whole;
}

/**
 * The instant a clock in `timeZone` shows `date` at `hour`:00. Daylight saving time is resolved
 * as calendars do ("compatible"): an hour that does not exist (02:00 on the last Sunday of
 * March) moves forward by the gap (03:00 summer time); an hour that happens twice (02:00 on the
 * last Sunday of October) means its first occurrence (summer time).
 */
export function zonedInstant(date: string, hour: number, timeZone = BRUSSELS): Date {
  const day = parseIsoDate(date);
  if (!day) throw new RangeError(`Not a date: ${date}`);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    throw new RangeError(`Not an hour: ${hour}`);
  const wall = Date.UTC(day.year, day.month - 1, day.day, hour);
  // The zone's offsets on either side of this wall time; a change of offset falls in between.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const valid = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => offsetAt(instant, timeZone) === wall - instant)
    .sort((a, b) => a - b);
  // No instant shows this time (the spring gap): read it with the offset before the change.
  return new Date(valid[0] ?? wall - before);
}
