import type { Document, DocumentInput } from '../../../../contract/index.js';
import { toDocumentFormValues, toDocumentInput } from '../editor/document-form-values';

const negate = (quantity: string) =>
  quantity.startsWith('-') ? quantity.slice(1) : Number(quantity) === 0 ? quantity : `-${quantity}`;

/**
 * An invoice draft that asks a negative amount is really a credit note: the same lines with
 * their signs turned, in the credit notes' default journal. Pure, so it can be tested alone.
 */
export function creditNoteInputOf(invoice: Document): DocumentInput {
  const { input } = toDocumentInput(toDocumentFormValues(invoice));
  return {
    ...input,
    journalId: null,
    dueDate: null,
    validUntil: null,
    lines: input.lines.map((line) =>
      line.kind === 'item' ? { ...line, quantity: negate(line.quantity) } : line,
    ),
  };
}
