import type { KeyboardEvent } from 'react';
import type { DocumentLanguage } from '../../customers/customer-form-values';
import type { DocumentForm } from './document-form';
import type { TotalsProblem } from './editor-totals';

/** What every kind of line row receives from the lines editor. */
export interface LineRowProps {
  form: DocumentForm;
  index: number;
  count: number;
  language: DocumentLanguage;
  priceMode: 'excl' | 'incl';
  currency: string;
  /** False when the VAT regime puts every line at 0 %. */
  ratesApply: boolean;
  /** The line's amount (net, or a section's subtotal) as computed, null while uncomputable. */
  amount: string | null;
  /** The totals' refusals, each on its input. */
  problems: readonly TotalsProblem[];
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  onEnter: (index: number) => void;
  registerInput: (key: string, node: HTMLElement | null) => void;
}

/** The form's error for a line input, else the totals' complaint about it. */
export function lineError(
  form: DocumentForm,
  problems: readonly TotalsProblem[],
  path: string,
): string | undefined {
  const error = form.errors[path];
  if (typeof error === 'string') return error;
  return problems.find((problem) => problem.path === path)?.message;
}

/** Enter in a line goes on to the next line (a new one after the last) instead of submitting. */
export function enterHandler(onEnter: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    onEnter();
  };
}
