import { DOCUMENT_KIND_ACCESS, type DocumentType } from '../../../contract/index.js';

/**
 * How each document type is stored, routed and guarded: its path and module come from the
 * contract's entry (`DOCUMENT_KIND_ACCESS`), which the routes, links and web app follow too.
 */
export const DOCUMENT_KINDS = {
  quote: { stored: 'quote', ...DOCUMENT_KIND_ACCESS.quote },
  invoice: { stored: 'invoice', ...DOCUMENT_KIND_ACCESS.invoice },
  creditNote: { stored: 'credit_note', ...DOCUMENT_KIND_ACCESS.creditNote },
} as const satisfies Record<DocumentType, { stored: string }>;

export type StoredType = (typeof DOCUMENT_KINDS)[DocumentType]['stored'];

export function typeOfStored(stored: string): DocumentType {
  const entry = Object.entries(DOCUMENT_KINDS).find(([, kind]) => kind.stored === stored);
  if (!entry) throw new Error(`unknown stored document type ${stored}`);
  return entry[0] as DocumentType;
}

/** Default journal names and formats per document type, in the organization's language. */
export const DEFAULT_JOURNALS: Record<
  DocumentType,
  { format: string; name: Record<'fr' | 'nl' | 'en', string> }
> = {
  quote: { format: 'O%Y-(4)', name: { fr: 'Devis', nl: 'Offertes', en: 'Quotes' } },
  invoice: { format: 'F%Y-(4)', name: { fr: 'Factures', nl: 'Facturen', en: 'Invoices' } },
  creditNote: {
    format: 'C%Y-(4)',
    name: { fr: 'Notes de crédit', nl: 'Creditnota’s', en: 'Credit notes' },
  },
};
