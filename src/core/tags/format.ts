/** Document languages: tags are written in the language of the document they describe. */
export type TagLanguage = 'fr' | 'nl' | 'en' | 'de';

/**
 * Belgian-style numbers from decimal strings, never through floats: fr/nl/de `1.234,56`, en
 * `1,234.56` (the PDF prints with these too).
 */
export function formatNumber(value: string, language: TagLanguage, minDecimals = 0): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace(/^[-+]/, '').split('.');
  const [thousands, decimal] = language === 'en' ? [',', '.'] : ['.', ','];
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const decimals = fraction.replace(/0+$/, '').padEnd(minDecimals, '0');
  const isZero = /^0*$/.test(whole + fraction);
  return `${negative && !isZero ? '-' : ''}${grouped}${decimals ? decimal + decimals : ''}`;
}

/** Money with its currency: `1.234,56 €` (fr, nl, de), `€1,234.56` (en); other currencies by code. */
export function formatAmount(value: string, language: TagLanguage, currency = 'EUR'): string {
  const [whole = '0', fraction = ''] = value.split('.');
  const number = formatNumber(`${whole}.${fraction.padEnd(2, '0').slice(0, 2)}`, language, 2);
  const symbol = currency === 'EUR' ? '€' : currency;
  if (language !== 'en') return `${number} ${symbol}`;
  const sign = number.startsWith('-') ? '-' : '';
  const unsigned = number.replace(/^-/, '');
  return currency === 'EUR' ? `${sign}€${unsigned}` : `${sign}${symbol} ${unsigned}`;
}

/** A percentage: `2 %` (fr, nl, de), `2%` (en). */
export function formatPercent(value: string, language: TagLanguage): string {
  const number = formatNumber(value, language);
  return language === 'en' ? `${number}%` : `${number} %`;
}

/** `2026-01-15` → `15/01/2026` (fr, nl, en as in Belgium), `15.01.2026` (de). */
export function formatDate(iso: string, language: TagLanguage): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return language === 'de' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

/** Whole days from one ISO date to another (calendar days, no time zone involved). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) /
      86_400_000,
  );
}

/** An ISO date plus a number of days. */
export function addDays(iso: string, days: number): string {
  const date = new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}
