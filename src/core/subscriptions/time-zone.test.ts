import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../numbering/calendar.js';
import { dateInZone, wallClockAt, zonedInstant } from './time-zone.js';

describe('zonedInstant — Europe/Brussels wall time to instants', () => {
  it.each<[string, number, string]>([
    // Winter (CET, UTC+1) and summer (CEST, UTC+2).
    ['2026-01-15', 6, '2026-01-15T05:00:00.000Z'],
    ['2026-07-15', 6, '2026-07-15T04:00:00.000Z'],
    ['2026-01-01', 0, '2025-12-31T23:00:00.000Z'],
    ['2026-12-31', 23, '2026-12-31T22:00:00.000Z'],
    // Spring forward, Sunday 29 March 2026: 02:00–02:59 does not exist.
    ['2026-03-28', 2, '2026-03-28T01:00:00.000Z'],
    ['2026-03-29', 0, '2026-03-28T23:00:00.000Z'],
    ['2026-03-29', 1, '2026-03-29T00:00:00.000Z'],
    ['2026-03-29', 2, '2026-03-29T01:00:00.000Z'], // moved on to 03:00 CEST
    ['2026-03-29', 3, '2026-03-29T01:00:00.000Z'],
    ['2026-03-29', 4, '2026-03-29T02:00:00.000Z'],
    ['2026-03-30', 2, '2026-03-30T00:00:00.000Z'],
    // Fall back, Sunday 25 October 2026: 02:00–02:59 happens twice.
    ['2026-10-24', 2, '2026-10-24T00:00:00.000Z'],
    ['2026-10-25', 1, '2026-10-24T23:00:00.000Z'],
    ['2026-10-25', 2, '2026-10-25T00:00:00.000Z'], // the first 02:00 (summer time)
    ['2026-10-25', 3, '2026-10-25T02:00:00.000Z'],
    ['2026-10-26', 2, '2026-10-26T01:00:00.000Z'],
    // 2027: 28 March and 31 October.
    ['2027-03-28', 2, '2027-03-28T01:00:00.000Z'],
    ['2027-10-31', 2, '2027-10-31T00:00:00.000Z'],
    ['2027-10-31', 3, '2027-10-31T02:00:00.000Z'],
  ])('%s at %i:00 → %s', (date, hour, expected) => {
    expect(zonedInstant(date, hour).toISOString()).toBe(expected);
  });

  it('reads dates and clocks back in Brussels', () => {
    expect(dateInZone(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
    expect(dateInZone(new Date('2026-01-31T22:59:59Z'))).toBe('2026-01-31');
    expect(dateInZone(new Date('2026-01-31T23:00:00Z'))).toBe('2026-02-01');
    expect(wallClockAt(new Date('2026-10-25T00:30:00Z')).hour).toBe(2);
    expect(wallClockAt(new Date('2026-10-25T01:30:00Z')).hour).toBe(2);
  });

  it('refuses what is not a date or an hour', () => {
    expect(() => zonedInstant('2026-02-30', 1)).toThrow(RangeError);
    expect(() => zonedInstant('2026-02-01', 24)).toThrow(RangeError);
  });

  const dates = fc
    .tuple(
      fc.integer({ min: 1990, max: 2100 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([year, month, day]) => formatIsoDate({ year, month, day }));
  const zones = fc.constantFrom(
    'Europe/Brussels',
    'Europe/London',
    'America/New_York',
    'Australia/Sydney',
    'Asia/Kolkata',
    'UTC',
  );

  it('lands on the asked day and hour, or just after a skipped hour (property)', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 23 }), zones, (date, hour, zone) => {
        const instant = zonedInstant(date, hour, zone);
        const wall = wallClockAt(instant, zone);
        expect(wall.minute).toBe(0);
        if (wall.hour === hour) {
          expect(dateInZone(instant, zone)).toBe(date);
        } else {
          // Only a spring-forward gap moves the time, and only later, by the gap.
          expect(wall.hour).toBeGreaterThan(hour);
          expect(wallClockAt(new Date(instant.getTime() - 1), zone).hour).toBeLessThan(hour);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never goes back in time as the hour grows (property)', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 22 }), zones, (date, hour, zone) => {
        expect(zonedInstant(date, hour, zone).getTime()).toBeLessThanOrEqual(
          zonedInstant(date, hour + 1, zone).getTime(),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
