import type { VatCategory } from '../../../../core/documents/index.js';
import type { VatRegime } from './document-form-values';

export type OrganizationVatRegime = 'liable' | 'franchise' | 'exempt';

/**
 * The VAT category and rate of an item line, decided exactly as the server decides it
 * (server/modules/documents/vat-treatment.ts), so the editor's totals are the saved totals:
 * only the normal regime charges VAT; the others are 0 % with their own category, and a company
 * that is not liable for VAT charges none at all.
 */
export function lineVatTreatment(
  regime: VatRegime,
  rate: string,
  organizationRegime: OrganizationVatRegime,
): { category: VatCategory; rate: string } {
  if (organizationRegime !== 'liable') return { category: 'E', rate: '0' };
  switch (regime) {
    case 'normal':
      return { category: Number(rate) > 0 ? 'S' : 'Z', rate };
    case 'reverseCharge':
      return { category: 'AE', rate: '0' };
    case 'intraEuGoods':
    case 'intraEuServices':
      return { category: 'K', rate: '0' };
    case 'export':
      return { category: 'G', rate: '0' };
    case 'exempt':
      return { category: 'E', rate: '0' };
  }
}

/** Whether the line's own rate applies; otherwise every line is at 0 %. */
export function ratesApply(regime: VatRegime, organizationRegime: OrganizationVatRegime): boolean {
  return organizationRegime === 'liable' && regime === 'normal';
}
