import { formatDate } from './format.js';
import type { PdfLanguage } from './labels.js';

const BELGIAN_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as printed: the date and the 24-hour time in Belgium (`15/01/2026 14:05`). */
export function signedWhen(at: Date, language: PdfLanguage): string {
  const parts = BELGIAN_TIME.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const day = formatDate(`${part('year')}-${part('month')}-${part('day')}`, language);
  return `${day} ${part('hour')}:${part('minute')}`;
}
