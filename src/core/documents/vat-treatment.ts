import type { VatCategory } from './types.js';

/** The VAT regime of a document (the customer's default, overridable per document). */
export type DocumentVatRegime =
  'normal' | 'reverseCharge' | 'intraEuGoods' | 'intraEuServices' | 'export' | 'exempt';

/** The seller's own VAT status. */
export type OrganizationVatRegime = 'liable' | 'franchise' | 'exempt';

/**
 * The UNCL5305 category and rate of an item line (DOMAIN §4.2, §7), decided here once so the
 * editor's live totals, the saved document, the PDF and the UBL agree: only the normal regime
 * charges VAT; the others are 0 % with their own category, and a seller under the small-business
 * franchise (or exempt) charges none at all.
 */
export function lineVatTreatment(
  regime: DocumentVatRegime,
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

/** Whether each line's own rate applies; otherwise every line is at 0 %. */
export function ratesApply(
  regime: DocumentVatRegime,
  organizationRegime: OrganizationVatRegime,
): boolean {
  return organizationRegime === 'liable' && regime === 'normal';
}
