import type { Product } from '../../../../contract/index.js';
import { trimDecimal } from '../../../lib/decimal';
import type { DocumentLanguage } from '../../customers/customer-form-values';
import { localizedName } from '../../products/product-name';
import type { LineValues } from './document-form-values';

const MAX_DESCRIPTION = 2000;

/**
 * A line filled from a product: its name (and description) in the document's language, its unit,
 * its price on the side of VAT the document is priced in, its rate and its purchase price.
 * The quantity and discount already typed stay.
 */
export function lineFromProduct(
  line: LineValues,
  product: Product,
  language: DocumentLanguage,
  priceMode: 'excl' | 'incl',
): LineValues {
  const name = localizedName(product.name, language);
  const details = product.description[language];
  return {
    ...line,
    kind: 'item',
    productId: product.id,
    description: (details ? `${name} – ${details}` : name).slice(0, MAX_DESCRIPTION),
    unitCode: product.unitCode,
    unitPrice: trimDecimal(priceMode === 'incl' ? product.priceIncl : product.priceExcl),
    vatRate: product.vatRate,
    purchasePrice: product.purchasePrice ? trimDecimal(product.purchasePrice) : '',
  };
}
