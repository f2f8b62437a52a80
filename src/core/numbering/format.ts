import { parseIsoDate } from './calendar.js';
import { NumberingError, type NumberingErrorCode } from './errors.js';

/**
 * Document number formats (DOMAIN §5): `%Y` year, `%y` two-digit year, `%m` month, `%d` day,
 * `(n)` the counter zero-padded to n digits; everything else is literal (`%bh` included).
 */

export type NumberFormatToken =
  | { kind: 'literal'; text: string }
  | { kind: 'year' | 'shortYear' | 'month' | 'day' }
  | { kind: 'counter'; width: number };

export interface NumberFormatOptions {
  /**
   * Counters restart every book year, so without a year in the number two invoices would share
   * a number. Default true; false suits series that never restart (customer numbers).
   */
  requireYear?: boolean;
}

const TOKEN = /%[Yymd]|\((\d+)\)/g;
const DATE_TOKENS = { '%Y': 'year', '%y': 'shortYear', '%m': 'month', '%d': 'day' } as const;
const MAX_COUNTER_WIDTH = 10;

function tokenize(format: string): NumberFormatToken[] {
  const tokens: NumberFormatToken[] = [];
  let last = 0;
  for (const match of format.matchAll(TOKEN)) {
    if (match.index > last) tokens.push({ kind: 'literal', text: format.slice(last, match.index) });
    const width = match[1];
    tokens.push(
      width === undefined
        ? { kind: DATE_TOKENS[match[0] as keyof typeof DATE_TOKENS] }
        : { kind: 'counter', width: Number(width) },
    );
    last = match.index + match[0].length;
  }
  if (last < format.length) tokens.push({ kind: 'literal', text: format.slice(last) });
  return tokens;
}

/** Why a format is refused, or null: for forms, which show the problem without throwing. */
export function numberFormatProblem(
  format: string,
  { requireYear = true }: NumberFormatOptions = {},
): NumberingErrorCode | null {
  const tokens = tokenize(format);
  const counters = tokens.filter((token) => token.kind === 'counter');
  if (counters.length === 0) return 'noCounter';
  if (counters.length > 1) return 'multipleCounters';
  const width = counters[0]?.width ?? 0;
  if (width < 1 || width > MAX_COUNTER_WIDTH) return 'invalidCounterWidth';
  if (requireYear && !tokens.some((t) => t.kind === 'year' || t.kind === 'shortYear')) {
    return 'noYear';
  }
  return null;
}

export function parseNumberFormat(
  format: string,
  options: NumberFormatOptions = {},
): NumberFormatToken[] {
  const problem = numberFormatProblem(format, options);
  if (problem) throw new NumberingError(problem);
  return tokenize(format);
}

/**
 * The book year a date belongs to, named by the calendar year it starts in: the counter key.
 * With `startMonth` 4, 2026-04-01 … 2027-03-31 is book year 2026.
 */
export function fiscalYearOf(date: string, startMonth = 1): number {
  const day = parseIsoDate(date);
  if (!day) throw new NumberingError('invalidDate');
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new NumberingError('invalidFiscalYearStart');
  }
  return day.month >= startMonth ? day.year : day.year - 1;
}

/**
 * `F%Y-(4)`, counter 42, 2026-03-10 → `F2026-0042`. `%Y`/`%y` print the book year (the counter
 * key), not the calendar year: with a book year starting in April, numbers of January 2027 and of
 * April 2027 would otherwise both read `2027-0001…`. `%m`/`%d` come from the document date. A
 * counter wider than its padding prints in full rather than being cut.
 */
export function formatDocumentNumber(
  format: string,
  counter: number,
  date: string,
  fiscalYearStartMonth = 1,
  options: NumberFormatOptions = {},
): string {
  const tokens = parseNumberFormat(format, options);
  if (!Number.isSafeInteger(counter) || counter < 1) throw new NumberingError('invalidCounter');
  const day = parseIsoDate(date);
  if (!day) throw new NumberingError('invalidDate');
  const year = fiscalYearOf(date, fiscalYearStartMonth);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return tokens
    .map((token) => {
      switch (token.kind) {
        case 'literal':
          return token.text;
        case 'year':
          return pad(year, 4);
        case 'shortYear':
          return pad(year % 100, 2);
        case 'month':
          return pad(day.month, 2);
        case 'day':
          return pad(day.day, 2);
        case 'counter':
          return pad(counter, token.width);
      }
    })
    .join('');
}
