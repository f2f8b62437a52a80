import {
  DOCUMENT_KIND_ACCESS,
  perDocumentKind,
  type DocumentType,
} from '../../../contract/index.js';

/** How each document type is reached: its API path and the module that grants access to it. */
export const DOCUMENT_API_PATHS = perDocumentKind((_type, kind) => kind.path);
export const DOCUMENT_MODULES = perDocumentKind((type) => DOCUMENT_KIND_ACCESS[type].module);

/** The UI routes of each type, as literals so links stay type-checked. */
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
} as const satisfies Record<DocumentType, Record<'list' | 'new' | 'view' | 'edit', string>>;

/** Only invoices have a payment term; only quotes have a validity. */
export const hasDueDate = (type: DocumentType): boolean => type === 'invoice';
export const hasValidity = (type: DocumentType): boolean => type === 'quote';
