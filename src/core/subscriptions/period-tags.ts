/**
 * The subscription tags of DOMAIN §12: `%start%` and `%end%` become the first and last day of
 * the period an invoice covers, written as dates are printed in the document's language.
 */

export interface Period {
  start: string;
  end: string;
}

/** `2026-03-01` as `01/03/2026` (fr, nl, en, as in Belgium), `01.03.2026` (de). */
export function formatPeriodDate(iso: string, language: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return language === 'de' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

const TAGS = /%(start|end)%/gi;

export function applyPeriodTags(text: string, period: Period, language: string): string {
  return text.replace(TAGS, (_, tag: string) =>
    formatPeriodDate(tag.toLowerCase() === 'start' ? period.start : period.end, language),
  );
}

export function hasPeriodTags(text: string): boolean {
  return new RegExp(TAGS.source, 'i').test(text);
}
