import type { DocumentType } from '../../../../contract/index.js';
import type { TagLanguage } from '../../../../core/tags/index.js';
import type { PdfLabels, PdfLanguage } from '../pdf/labels.js';
import type { ViewInput } from '../pdf/view-model.js';
import type { PdfField, PdfView } from '../pdf/view-types.js';

/** A default e-mail text: used until the company writes its own (Settings → E-mail). */
export interface EmailText {
  subject: string;
  body: string;
}

/** What the kind adds to the common printed view, from the document and the labels. */
export interface KindPdfParts {
  /** After the issue date: the dates that matter for this kind (due, valid until…). */
  dates: PdfField[];
  /** At the end of the header's fields: documents it refers to (the credited invoice…). */
  references: PdfField[];
  acceptance: PdfView['acceptance'];
  signature: PdfView['signature'];
}

export interface KindPdfInput extends ViewInput {
  language: PdfLanguage;
  labels: PdfLabels;
  date: (iso: string) => string;
}

/**
 * What only the server needs of a kind; with the contract's entry (`DOCUMENT_KIND_ENTRIES`)
 * this is all a new kind is made of, besides the labels its view uses (`pdf/labels.ts`).
 */
export interface ServerKindEntry {
  /** The value of `documents.document_type` (and of `journals.document_type`). */
  stored: string;
  /** The numbering series a new organization gets, named in its language. */
  journal: { format: string; name: Record<'fr' | 'nl' | 'en', string> };
  pdf: {
    /** The title printed on the document, in the customer's language. */
    title: Record<PdfLanguage, string>;
    view: (input: KindPdfInput) => KindPdfParts;
  };
  /** The built-in e-mail text per language (customer-facing: Dutch and German formally). */
  email: Record<TagLanguage, EmailText>;
}

/** A view with nothing of its own: no extra dates, references, acceptance box or signature. */
export const NOTHING_MORE: KindPdfParts = {
  dates: [],
  references: [],
  acceptance: null,
  signature: null,
};

export type ServerKindEntries = Record<DocumentType, ServerKindEntry>;
