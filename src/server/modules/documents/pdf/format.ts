import type { PdfLanguage } from './labels.js';

/**
 * Belgian-style numbers from decimal strings, never through floats: fr/nl/de `1.234,56`, en
 * `1,234.56`. Amounts stay exactly what the totals function computed.
 */
export function formatNumber(value: string, language: PdfLanguage, minDecimals = 0): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace(/^[-+]/, '').split('.');
  const [thousands, decimal] = language === 'en' ? [',', '.'] : ['.', ','];
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const decimals = fraction.replace(/0+$/, '').padEnd(minDecimals, '0');
  const isZero = /^0*$/.test(whole + fraction);
  return `${negative && !isZero ? '-' : ''}${grouped}${decimals ? decimal + decimals : ''}`;
}

/** Money with its currency: `1.234,56 €` (fr, nl, de), `€1,234.56` (en); other currencies by code. */
export function formatMoney(value: string, language: PdfLanguage, currency = 'EUR'): string {
  const [whole = '0', fraction = ''] = value.split('.');
  const number = formatNumber(`${whole}.${fraction.padEnd(2, '0').slice(0, 2)}`, language, 2);
  const symbol = currency === 'EUR' ? '€' : currency;
  if (language !== 'en') return `${number} ${symbol}`;
  const sign = number.startsWith('-') ? '-' : '';
  const unsigned = number.replace(/^-/, '');
  return currency === 'EUR' ? `${sign}€${unsigned}` : `${sign}${symbol} ${unsigned}`;
}

/** A percentage as printed: `21 %` (fr, nl, de; a space as French typography wants), `21%` (en). */
export function formatPercent(value: string, language: PdfLanguage): string {
  const number = formatNumber(value, language);
  return language === 'en' ? `${number}%` : `${number} %`;
}

/** An ISO date `2026-01-15` as `15/01/2026` (fr, nl, en as in Belgium and the UK), `15.01.2026` (de). */
export function formatDate(iso: string, language: PdfLanguage): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return language === 'de' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}
