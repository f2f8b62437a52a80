import type { Customer, DocumentType } from '../../../../contract/index.js';
import type { DocumentTotals } from '../../../../core/documents/index.js';
import type { DocumentFormValues } from './document-form-values';

export type EditorWarning = 'renovationVat' | 'negativeTotal';

/**
 * What the editor points out before finalising asks for it: the 6 % renovation rate for a
 * customer with a VAT number (DOMAIN §4.2: for final consumers), and an invoice asking a
 * negative amount (a credit note's job).
 */
export function editorWarnings(
  type: DocumentType,
  values: Pick<DocumentFormValues, 'lines'>,
  customer: Pick<Customer, 'vatNumber'> | undefined,
  totals: Pick<DocumentTotals, 'totalIncl'> | null,
  ratesApply: boolean,
): EditorWarning[] {
  const warnings: EditorWarning[] = [];
  const sixPercent = values.lines.some((line) => line.kind === 'item' && line.vatRate === '6');
  if (ratesApply && customer?.vatNumber && sixPercent) warnings.push('renovationVat');
  if (type === 'invoice' && totals && Number(totals.totalIncl) < 0) warnings.push('negativeTotal');
  return warnings;
}
