import { describe, expect, it } from 'vitest';
import { type NumberingErrorCode, NumberingError } from './errors.js';
import { fiscalYearOf, formatDocumentNumber, numberFormatProblem } from './format.js';

function codeOf(run: () => unknown): NumberingErrorCode | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof NumberingError) return error.code;
    throw error;
  }
}

describe('formatDocumentNumber — DOMAIN §5', () => {
  it.each<[string, number, string, number, string]>([
    ['F%Y-(4)', 42, '2026-03-10', 1, 'F2026-0042'],
    ['O%Y%m(3)', 1, '2021-03-15', 1, 'O202103001'],
    ['F%Y(4)', 1, '2025-01-01', 1, 'F20250001'],
    ['%y/%m/%d-(2)', 7, '2026-12-31', 1, '26/12/31-07'],
    ['INV-%Y-(1)', 12345, '2026-06-01', 1, 'INV-2026-12345'],
    ['%bh%Y(3)', 5, '2026-06-01', 1, '%bh2026005'],
    ['100% %Y (4) (x)', 9, '2026-06-01', 1, '100% 2026 0009 (x)'],
    // Book year from April: February 2027 still belongs to book year 2026.
    ['F%Y/(4)', 300, '2027-02-10', 4, 'F2026/0300'],
    ['F%Y/(4)', 1, '2027-04-01', 4, 'F2027/0001'],
    ['F%y%m(4)', 1, '2027-02-10', 4, 'F26020001'],
  ])(
    '%s, counter %i, %s (book year from month %i) → %s',
    (format, counter, date, start, expected) => {
      expect(formatDocumentNumber(format, counter, date, start)).toBe(expected);
    },
  );

  it.each<[string, NumberingErrorCode | null]>([
    ['F%Y-(4)', null],
    ['F%Y', 'noCounter'],
    ['F%Y-(4)-(2)', 'multipleCounters'],
    ['F%Y-(0)', 'invalidCounterWidth'],
    ['F%Y-(11)', 'invalidCounterWidth'],
    ['F%Y-(10)', null],
    ['F-(4)', 'noYear'],
    ['F%y-(4)', null],
  ])('format %s → %s', (format, problem) => expect(numberFormatProblem(format)).toBe(problem));

  it('allows formats without a year for series that never restart', () => {
    expect(numberFormatProblem('C(5)', { requireYear: false })).toBeNull();
    expect(formatDocumentNumber('C(5)', 123, '2026-01-01', 1, { requireYear: false })).toBe(
      'C00123',
    );
  });

  it.each<[string, () => unknown, NumberingErrorCode]>([
    ['a bad format', () => formatDocumentNumber('F', 1, '2026-01-01'), 'noCounter'],
    ['counter 0', () => formatDocumentNumber('F%Y(4)', 0, '2026-01-01'), 'invalidCounter'],
    [
      'a fractional counter',
      () => formatDocumentNumber('F%Y(4)', 1.5, '2026-01-01'),
      'invalidCounter',
    ],
    ['an impossible date', () => formatDocumentNumber('F%Y(4)', 1, '2026-02-30'), 'invalidDate'],
    ['a timestamp', () => formatDocumentNumber('F%Y(4)', 1, '2026-02-03T10:00:00Z'), 'invalidDate'],
    ['book year month 13', () => fiscalYearOf('2026-02-03', 13), 'invalidFiscalYearStart'],
  ])('refuses %s', (_label, run, code) => expect(codeOf(run)).toBe(code));
});

describe('fiscalYearOf', () => {
  it.each<[string, number, number]>([
    ['2026-01-01', 1, 2026],
    ['2026-12-31', 1, 2026],
    ['2026-04-01', 4, 2026],
    ['2027-03-31', 4, 2026],
    ['2027-04-01', 4, 2027],
    ['2026-06-30', 7, 2025],
  ])('%s with book years from month %i → %i', (date, start, expected) => {
    expect(fiscalYearOf(date, start)).toBe(expected);
  });
});
