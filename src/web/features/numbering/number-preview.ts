import { formatDocumentNumber, numberFormatProblem } from '../../../core/numbering/index.js';

/** What the next number would look like with this format, or null while the format is unusable. */
export function numberPreview(
  format: string,
  next: number,
  today: string,
  fiscalYearStartMonth: number,
): string | null {
  if (numberFormatProblem(format) || !Number.isSafeInteger(next) || next < 1) return null;
  try {
    return formatDocumentNumber(format, next, today, fiscalYearStartMonth);
  } catch {
    return null;
  }
}
