import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from './calendar.js';
import { dueDate } from './due-date.js';
import { NumberingError } from './errors.js';

describe('dueDate — DOMAIN §2', () => {
  it.each<[string, number, boolean, string]>([
    // The DOMAIN example, to the letter.
    ['2026-01-15', 30, false, '2026-02-15'],
    ['2026-01-15', 30, true, '2026-02-28'],
    ['2024-01-15', 30, true, '2024-02-29'],
    // 30-day blocks are months, clamped to shorter months.
    ['2026-01-31', 30, false, '2026-02-28'],
    ['2026-01-31', 60, false, '2026-03-31'],
    ['2026-11-30', 90, false, '2027-02-28'],
    ['2026-12-15', 30, false, '2027-01-15'],
    // Other terms count calendar days.
    ['2026-01-15', 0, false, '2026-01-15'],
    ['2026-01-15', 0, true, '2026-01-31'],
    ['2026-01-15', 14, false, '2026-01-29'],
    ['2026-01-15', 45, false, '2026-03-01'],
    ['2026-12-20', 15, false, '2027-01-04'],
    ['2024-02-28', 1, false, '2024-02-29'],
    ['2026-01-15', 45, true, '2026-03-31'],
  ])('%s + %i days (end of month: %s) → %s', (issue, days, endOfMonth, expected) => {
    expect(dueDate(issue, { days, endOfMonth })).toBe(expected);
  });

  it.each([
    ['2026-02-29', 30],
    ['15/01/2026', 30],
    ['2026-01-15', -1],
    ['2026-01-15', 1.5],
    ['2026-01-15', 100_000],
  ])('refuses %s + %s', (issue, days) => {
    expect(() => dueDate(issue, { days, endOfMonth: false })).toThrow(NumberingError);
  });

  it('is never before the issue date and always a real date', () => {
    const date = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2090-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 400 }), fc.boolean(), (issue, days, eom) => {
        const due = dueDate(issue, { days, endOfMonth: eom });
        const parsed = parseIsoDate(due);
        expect(parsed).not.toBeNull();
        if (parsed) expect(formatIsoDate(parsed)).toBe(due);
        expect(due >= issue).toBe(true);
      }),
    );
  });
});
