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
