import { markupPrice } from '../../lib/decimal';
import type { ProductForm } from './product-form';
import type { ProductFormValues } from './product-form-values';

/** Purchase price plus margin, in the mode (excl/incl VAT) the price is entered in. */
export function suggestedPrice(values: ProductFormValues): string | null {
  const vat = values.priceMode === 'incl' ? values.vatRate : null;
  return markupPrice(values.purchasePrice, values.marginPercent, vat);
}

/**
 * Updates purchase price or margin and proposes the sale price from them, unless the user has
 * typed a price of their own (it is only replaced while empty or still the previous proposal).
 */
export function setCostField(
  form: ProductForm,
  field: 'purchasePrice' | 'marginPercent',
  value: string,
): void {
  const before = suggestedPrice(form.values);
  const after = suggestedPrice({ ...form.values, [field]: value });
  form.setFieldValue(field, value);
  const { price } = form.values;
  if (after && (price === '' || price === before)) form.setFieldValue('price', after);
}
