/**
 * Number formatting for display only: decimal strings from the API are turned into numbers
 * here and nowhere else, and never for arithmetic.
 */
function locale(language: string): string {
  // Belgian conventions (comma decimals, thin-space thousands) in every UI language.
  return `${language}-BE`;
}

/** An amount with 2 to 4 decimals, as stored; `null` shows as a dash. */
export function formatAmount(value: string | null, language: string): string {
  if (value === null || value === '') return '–';
  return new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  }).format(Number(value));
}

/** `21` → `21 %`, `2.5` → `2,5 %`. */
export function formatPercent(value: string | null, language: string): string {
  if (value === null || value === '') return '–';
  return new Intl.NumberFormat(locale(language), {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(Number(value) / 100);
}

const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

/**
 * An amount with its currency (`1 234,50 €`, `€ 1.234,50`), always two decimals: what a document
 * prints. The currency goes where the language puts it, but the digits are written the Belgian
 * way like every other amount (ICU's `en-BE` would otherwise switch to `1,234.50` for money).
 */
export function formatMoney(value: string | null, currency: string, language: string): string {
  if (value === null || value === '') return '–';
  const amount = Number(value);
  const digits = new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(Math.abs(amount));
  const parts = new Intl.NumberFormat(locale(language), {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).formatToParts(amount);
  let text = '';
  let placed = false;
  for (const part of parts) {
    if (!NUMBER_PARTS.has(part.type)) text += part.value;
    else if (!placed) {
      text += digits;
      placed = true;
    }
  }
  return text;
}

/**
 * A calendar day (`2026-03-15`) as Belgians write it (`15/03/2026`). Read as UTC so no time zone
 * can move it to the day before.
 */
export function formatDate(value: string | null, language: string): string {
  if (!value) return '–';
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** `€`, `$`, `CHF`: the sign a currency is written with in this language. */
export function currencySymbol(currency: string, language: string): string {
  const parts = new Intl.NumberFormat(locale(language), {
    style: 'currency',
    currency,
  }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

/** A moment (`2026-03-15T14:05:00Z`) in the device's time zone: `15/03/2026 15:05`. */
export function formatDateTime(value: string | null, language: string): string {
  if (!value) return '–';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

const RELATIVE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** `5 minutes ago`, `yesterday`, `il y a 3 jours`: how long ago a moment was, in words. */
export function formatRelativeTime(value: string, language: string, now = Date.now()): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  const seconds = Math.round((time - now) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}
