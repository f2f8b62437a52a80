import {
  documentKind,
  type DOCUMENT_KIND_ENTRIES,
  perDocumentKind,
  type DocumentType,
} from '../../../contract/index.js';

/** How each document type is reached: its API path and the module that grants access to it. */
export const DOCUMENT_API_PATHS = perDocumentKind((_type, kind) => kind.path);
export const DOCUMENT_MODULES = perDocumentKind((_type, kind) => kind.module);

type PathOf<T extends DocumentType> = (typeof DOCUMENT_KIND_ENTRIES)[T]['path'];

/**
 * The UI routes of each type, as literals so links stay type-checked (TanStack Router needs
 * them written out); they must sit under the kind's path from its entry, or this does not compile.
 */
export const DOCUMENT_ROUTES = {
  quote: {
    list: '/quotes',
    new: '/quotes/new',
    view: '/quotes/$documentId',
    edit: '/quotes/$documentId/edit',
  },
  invoice: {
    list: '/invoices',
    new: '/invoices/new',
    view: '/invoices/$documentId',
    edit: '/invoices/$documentId/edit',
  },
  creditNote: {
    list: '/credit-notes',
    new: '/credit-notes/new',
    view: '/credit-notes/$documentId',
    edit: '/credit-notes/$documentId/edit',
  },
} as const satisfies {
  [T in DocumentType]: {
    list: `/${PathOf<T>}`;
    new: `/${PathOf<T>}/new`;
    view: `/${PathOf<T>}/$documentId`;
    edit: `/${PathOf<T>}/$documentId/edit`;
  };
};

/** Whether a kind has a payment term (invoices) or a validity (quotes), as its entry says. */
export const hasDueDate = (type: DocumentType): boolean => documentKind(type).dueDate;
export const hasValidity = (type: DocumentType): boolean => documentKind(type).validity;
