import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatIsoDate, parseIsoDate } from '../numbering/calendar.js';
import { applyPeriodTags, hasPeriodTags } from './period-tags.js';
import {
  cycleDate,
  dueOccurrences,
  firstCycleOnOrAfter,
  FREQUENCIES,
  nextCycle,
  occurrence,
  upcomingOccurrences,
  type Frequency,
  type Schedule,
} from './schedule.js';

const dates = (schedule: Schedule, count: number) =>
  upcomingOccurrences(schedule, 0, count).map((o) => o.date);

describe('cycle dates — anchored on the start day, clamped to short months', () => {
  it.each<[string, Frequency, string[]]>([
    [
      '2026-01-31',
      'monthly',
      ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31'],
    ],
    ['2028-01-31', 'monthly', ['2028-01-31', '2028-02-29', '2028-03-31']],
    ['2026-01-30', 'monthly', ['2026-01-30', '2026-02-28', '2026-03-30']],
    ['2026-11-30', 'quarterly', ['2026-11-30', '2027-02-28', '2027-05-30', '2027-08-30']],
    [
      '2024-02-29',
      'yearly',
      ['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29'],
    ],
    ['2026-03-15', 'everyTwoYears', ['2026-03-15', '2028-03-15', '2030-03-15']],
    ['2026-12-28', 'weekly', ['2026-12-28', '2027-01-04', '2027-01-11']],
    ['2026-02-23', 'weekly', ['2026-02-23', '2026-03-02', '2026-03-09']],
  ])('%s %s', (startDate, frequency, expected) => {
    expect(dates({ startDate, endDate: null, frequency, hour: 6 }, expected.length)).toEqual(
      expected,
    );
  });
});

describe('periods', () => {
  it('run from the cycle date to the day before the next one', () => {
    const schedule: Schedule = {
      startDate: '2026-01-31',
      endDate: null,
      frequency: 'monthly',
      hour: 6,
    };
    expect(upcomingOccurrences(schedule, 0, 3).map((o) => [o.periodStart, o.periodEnd])).toEqual([
      ['2026-01-31', '2026-02-27'],
      ['2026-02-28', '2026-03-30'],
      ['2026-03-31', '2026-04-29'],
    ]);
    expect(occurrence({ ...schedule, frequency: 'weekly', startDate: '2026-03-02' }, 0)).toEqual(
      expect.objectContaining({ periodStart: '2026-03-02', periodEnd: '2026-03-08' }),
    );
    expect(occurrence({ ...schedule, frequency: 'yearly', startDate: '2026-01-01' }, 0)).toEqual(
      expect.objectContaining({ periodStart: '2026-01-01', periodEnd: '2026-12-31' }),
    );
  });

  it('stop at the end date: the last period is cut there, none starts after it', () => {
    const schedule: Schedule = {
      startDate: '2026-01-01',
      endDate: '2026-03-15',
      frequency: 'monthly',
      hour: 6,
    };
    expect(upcomingOccurrences(schedule, 0, 10).map((o) => [o.periodStart, o.periodEnd])).toEqual([
      ['2026-01-01', '2026-01-31'],
      ['2026-02-01', '2026-02-28'],
      ['2026-03-01', '2026-03-15'],
    ]);
    expect(occurrence(schedule, 3)).toBeNull();
    // An end date on a cycle date still invoices that day's period (one day long).
    expect(occurrence({ ...schedule, endDate: '2026-03-01' }, 2)?.periodEnd).toBe('2026-03-01');
  });

  it('are created at the local hour, across the changes of time', () => {
    const at = (startDate: string, hour: number, frequency: Frequency = 'weekly') =>
      upcomingOccurrences({ startDate, endDate: null, frequency, hour }, 0, 3).map((o) =>
        o.runAt.toISOString(),
      );
    expect(at('2026-03-22', 2)).toEqual([
      '2026-03-22T01:00:00.000Z',
      '2026-03-29T01:00:00.000Z', // 02:00 does not exist: 03:00 summer time
      '2026-04-05T00:00:00.000Z',
    ]);
    expect(at('2026-10-18', 2)).toEqual([
      '2026-10-18T00:00:00.000Z',
      '2026-10-25T00:00:00.000Z', // the first of the two 02:00s
      '2026-11-01T01:00:00.000Z',
    ]);
    expect(at('2026-10-18', 3)).toEqual([
      '2026-10-18T01:00:00.000Z',
      '2026-10-25T02:00:00.000Z',
      '2026-11-01T02:00:00.000Z',
    ]);
  });
});

describe('nextCycle — where a new, changed or resumed subscription starts', () => {
  const monthly: Schedule = {
    startDate: '2026-01-31',
    endDate: null,
    frequency: 'monthly',
    hour: 6,
  };

  it.each<[string, string | null, number | null]>([
    // A start in the future or today: the start itself.
    ['2026-01-10', null, 0],
    ['2026-01-31', null, 0],
    // A start in the past: the next cycle date, no backlog.
    ['2026-02-01', null, 1],
    ['2026-02-28', null, 1],
    ['2026-03-01', null, 2],
    ['2026-12-31', null, 11],
    // Never a period already invoiced.
    ['2026-02-28', '2026-02-28', 2],
    ['2026-01-10', '2026-03-31', 3],
  ])('today %s, last invoiced %s → cycle %s', (today, last, expected) => {
    expect(nextCycle(monthly, today, last)).toBe(expected);
  });

  it('is null once the end date is passed', () => {
    expect(nextCycle({ ...monthly, endDate: '2026-03-15' }, '2026-04-01')).toBeNull();
    expect(nextCycle({ ...monthly, endDate: '2026-03-15' }, '2026-03-15')).toBeNull();
    expect(nextCycle({ ...monthly, endDate: '2026-03-31' }, '2026-03-15')).toBe(2);
  });

  const date = fc
    .tuple(
      fc.integer({ min: 2000, max: 2060 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .filter(([year, month, day]) => parseIsoDate(formatIsoDate({ year, month, day })) !== null)
    .map(([year, month, day]) => formatIsoDate({ year, month, day }));

  it('finds the first cycle date on or after a day, as a slow search does (property)', () => {
    fc.assert(
      fc.property(date, date, fc.constantFrom(...FREQUENCIES), (start, day, frequency) => {
        let slow = 0;
        while (cycleDate(start, frequency, slow) < day) slow += 1;
        expect(firstCycleOnOrAfter(start, frequency, day)).toBe(slow);
      }),
      { numRuns: 300 },
    );
  });

  it('cycle dates always move forward and keep the start day when the month has it (property)', () => {
    fc.assert(
      fc.property(
        date,
        fc.constantFrom(...FREQUENCIES),
        fc.integer({ min: 0, max: 200 }),
        (start, frequency, cycle) => {
          const current = cycleDate(start, frequency, cycle);
          const following = cycleDate(start, frequency, cycle + 1);
          expect(following > current).toBe(true);
          const startDay = Number(start.slice(8));
          const day = Number(current.slice(8));
          if (frequency === 'weekly') return;
          const next = parseIsoDate(current);
          const lastDay = next && new Date(Date.UTC(next.year, next.month, 0)).getUTCDate();
          expect(day).toBe(Math.min(startDay, lastDay ?? startDay));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('periods follow each other without a gap or an overlap (property)', () => {
    fc.assert(
      fc.property(
        date,
        fc.constantFrom(...FREQUENCIES),
        fc.integer({ min: 0, max: 100 }),
        (start, frequency, cycle) => {
          const schedule: Schedule = { startDate: start, endDate: null, frequency, hour: 0 };
          const a = occurrence(schedule, cycle);
          const b = occurrence(schedule, cycle + 1);
          const dayAfter = a && parseIsoDate(a.periodEnd);
          expect(dayAfter && formatIsoDate(addDays(dayAfter, 1))).toBe(b?.periodStart);
          expect(a && a.periodEnd >= a.periodStart).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('dueOccurrences — catching up after downtime', () => {
  it('lists every missed period once, in order, up to now', () => {
    const schedule: Schedule = {
      startDate: '2026-01-05',
      endDate: null,
      frequency: 'weekly',
      hour: 6,
    };
    const due = dueOccurrences(schedule, 1, new Date('2026-02-02T05:00:00Z'));
    expect(due.map((o) => o.date)).toEqual([
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
      '2026-02-02',
    ]);
    expect(dueOccurrences(schedule, 1, new Date('2026-02-02T04:59:59Z'))).toHaveLength(3);
    expect(
      dueOccurrences({ ...schedule, endDate: '2026-01-20' }, 1, new Date('2027-01-01')),
    ).toHaveLength(2);
  });
});

describe('%start% and %end%', () => {
  const period = { start: '2026-03-01', end: '2026-03-31' };
  it.each<[string, string, string]>([
    ['Abonnement du %start% au %end%', 'fr', 'Abonnement du 01/03/2026 au 31/03/2026'],
    ['Periode %START% – %End%', 'nl', 'Periode 01/03/2026 – 31/03/2026'],
    ['Zeitraum %start%-%end%', 'de', 'Zeitraum 01.03.2026-31.03.2026'],
    ['No tags, 100 % sure', 'en', 'No tags, 100 % sure'],
    ['%start%%end%%begin%', 'en', '01/03/202631/03/2026%begin%'],
  ])('%s (%s)', (text, language, expected) => {
    expect(applyPeriodTags(text, period, language)).toBe(expected);
  });

  it('tells whether a text uses them', () => {
    expect(hasPeriodTags('from %start%')).toBe(true);
    expect(hasPeriodTags('from start')).toBe(false);
  });
});
