import { useEffect, useRef } from 'react';
import type { VatRate } from '../../products/use-product-options';
import type { DocumentForm } from './document-form';
import { isBlankLine } from './document-form-values';

/**
 * A new document starts with one blank line made before the company's settings arrived: once
 * they do, that line takes the default VAT rate (unless something was typed already). Once
 * only: a rate the user then picks on the still-empty line stays.
 */
export function useStartingVatRate(
  form: DocumentForm,
  isNew: boolean,
  defaultVatRate: VatRate | undefined,
): void {
  const applied = useRef(false);
  useEffect(() => {
    if (applied.current || !isNew || !defaultVatRate) return;
    applied.current = true;
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
