import type { CustomerInputParsed } from '../../../contract/index.js';
import type { VatCategory } from '../../../core/documents/index.js';

type Regime = CustomerInputParsed['vatRegime'];

/**
 * The UNCL5305 category of a line from the document's VAT regime (DOMAIN §4.2, §7): only the
 * normal regime charges VAT; the others are 0 % with their own category. A company under the
 * small-business franchise charges no VAT at all (exempt, with the legal mention).
 */
export function lineVatTreatment(
  regime: Regime,
  rate: string,
  organizationRegime: 'liable' | 'franchise' | 'exempt',
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
