import {
  DOCUMENT_KIND_ENTRIES,
  DOCUMENT_TYPES,
  type DocumentKindEntry,
  type DocumentType,
} from '../../../contract/index.js';
import { creditNoteKind } from './kinds/credit-note.js';
import { invoiceKind } from './kinds/invoice.js';
import type { ServerKindEntry } from './kinds/kind-entry.js';
import { quoteKind } from './kinds/quote.js';

const SERVER_ENTRIES = {
  quote: quoteKind,
  invoice: invoiceKind,
  creditNote: creditNoteKind,
} as const satisfies Record<DocumentType, ServerKindEntry>;

/**
 * Each document kind as the server sees it: the contract's entry (path, module, statuses,
 * transitions, filters, conversions, what it carries) and the server's (how it is stored and
 * numbered, its PDF title and view, its default e-mail text). A kind is added in these two places.
 */
export const DOCUMENT_KINDS = {
  quote: { ...DOCUMENT_KIND_ENTRIES.quote, ...SERVER_ENTRIES.quote },
  invoice: { ...DOCUMENT_KIND_ENTRIES.invoice, ...SERVER_ENTRIES.invoice },
  creditNote: { ...DOCUMENT_KIND_ENTRIES.creditNote, ...SERVER_ENTRIES.creditNote },
} as const satisfies Record<DocumentType, DocumentKindEntry & ServerKindEntry>;

export type StoredType = (typeof DOCUMENT_KINDS)[DocumentType]['stored'];

/** A kind's entry as the general shape, for code that treats every kind alike. */
export const kindOf = (type: DocumentType): DocumentKindEntry & ServerKindEntry =>
  DOCUMENT_KINDS[type];

export function typeOfStored(stored: string): DocumentType {
  const type = DOCUMENT_TYPES.find((candidate) => DOCUMENT_KINDS[candidate].stored === stored);
  if (!type) throw new Error(`unknown stored document type ${stored}`);
  return type;
}

/** Whether a kind may become another (a quote an invoice, an invoice a credit note). */
export const canBecome = (from: DocumentType, to: DocumentType): boolean =>
  kindOf(from).becomes.includes(to);
