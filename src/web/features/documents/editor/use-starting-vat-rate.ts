import { useEffect } from 'react';
import type { VatRate } from '../../products/use-product-options';
import type { DocumentForm } from './document-form';
import { isBlankLine } from './document-form-values';

/**
 * A new document starts with one blank line made before the company's settings arrived: once
 * they do, that line takes the default VAT rate (unless something was typed already).
 */
export function useStartingVatRate(
  form: DocumentForm,
  isNew: boolean,
  defaultVatRate: VatRate | undefined,
): void {
  useEffect(() => {
    if (!isNew || !defaultVatRate) return;
    const values = form.getValues();
    const [first, ...others] = values.lines;
    if (others.length > 0 || !first || first.kind !== 'item' || !isBlankLine(first)) return;
    if (first.vatRate === defaultVatRate) return;
    const started = { ...values, lines: [{ ...first, vatRate: defaultVatRate }] };
    form.setValues(started);
    // Still untouched: the rate is where the document starts, not a change to save.
    form.resetDirty(started);
  }, [form, isNew, defaultVatRate]);
}
