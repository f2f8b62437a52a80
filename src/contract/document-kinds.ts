import { z } from 'zod';
import type { TagName } from '../core/tags/index.js';
import type { Module } from './auth.js';
import {
  documentListQuerySchema,
  DOCUMENT_TYPES,
  type DocumentListStatus,
  type DocumentStatus,
  type DocumentType,
} from './documents.js';

/**
 * The status changes a user makes on a finalised document, by the status they lead to, with the
 * last segment of their route (`POST /quotes/:id/accept`). Finalising (draft → finalized) and
 * payments (→ partiallyPaid, paid) are not among them: they have their own use cases.
 */
export const STATUS_ACTIONS = {
  sent: 'mark-sent',
  accepted: 'accept',
  refused: 'refuse',
} as const satisfies Partial<Record<DocumentStatus, string>>;
export type ActionStatus = keyof typeof STATUS_ACTIONS;

/** What one kind of document is, for the server and the web app alike. */
export interface DocumentKindEntry {
  /** Its path under `/api/v1` and in the app. */
  path: string;
  /** The module (employee permission) that grants access to it. */
  module: Module;
  /** The stored statuses it can have, in their order of life. */
  statuses: readonly DocumentStatus[];
  /** The user's status changes it allows: to → the statuses it may come from. Absent: refused. */
  transitions: Partial<Record<ActionStatus, readonly DocumentStatus[]>>;
  /** The `status` values its list accepts: its statuses and the ones derived from dates. */
  listFilters: readonly DocumentListStatus[];
  /** The status chips its list page shows, in order (between "all" and "deleted"). */
  listChips: readonly DocumentListStatus[];
  /** The kinds a document of this kind can become (a new draft linked to it). */
  becomes: readonly DocumentType[];
  /** Whether it must be finalised before it becomes another kind (a draft invoice is not credited). */
  becomesOnlyWhenFinal: boolean;
  /**
   * Finalising takes the next number of its numbering series. Every kind so far is numbered; an
   * unnumbered one (`false`) needs a finalise without a journal first, hence the literal.
   */
  numbered: true;
  /** Payments are recorded against it; its open balance is what is left to pay. */
  payable: boolean;
  /** A due date (from the customer's payment term when absent). */
  dueDate: boolean;
  /** A validity date (issue date + 30 days when absent); past it the document is "expired". */
  validity: boolean;
  /** A Belgian structured communication (+++123/4567/89012+++) is given when it is numbered. */
  structuredCommunication: boolean;
  /** The tags its e-mail texts may use (the settings page offers these). */
  emailTags: readonly TagName[];
}

const COMMON_TAGS = [
  'company_name',
  'iban',
  'bic',
  'customer_name',
  'contact_name',
  'customer_number',
  'document_number',
  'number',
  'document_date',
  'total_amount_excl',
  'total_amount_incl',
  'link',
] as const satisfies readonly TagName[];

const SETTLEMENT_TAGS = [
  'financial_discount',
  'financial_discount_date',
  'total_amount_incl_with_financial_discount',
] as const satisfies readonly TagName[];

/**
 * One entry per document kind: adding a kind to `DOCUMENT_TYPES` does not compile until it has
 * one (and its server entry, `src/server/modules/documents/kinds/`). Routes, OpenAPI, the list's
 * filters, the transition and conversion checks and the web app's paths all read it.
 */
export const DOCUMENT_KIND_ENTRIES = {
  quote: {
    path: 'quotes',
    module: 'quotes',
    statuses: ['draft', 'finalized', 'sent', 'accepted', 'refused'],
    transitions: {
      sent: ['finalized'],
      accepted: ['finalized', 'sent', 'refused'],
      refused: ['finalized', 'sent', 'accepted'],
    },
    listFilters: ['draft', 'finalized', 'sent', 'accepted', 'refused', 'expired'],
    listChips: ['draft', 'finalized', 'sent', 'accepted', 'refused', 'expired'],
    becomes: ['quote', 'invoice'],
    becomesOnlyWhenFinal: false,
    numbered: true,
    payable: false,
    dueDate: false,
    validity: true,
    structuredCommunication: false,
    emailTags: [...COMMON_TAGS, 'expiration_date', 'term', 'sign_button', ...SETTLEMENT_TAGS],
  },
  invoice: {
    path: 'invoices',
    module: 'invoices',
    statuses: ['draft', 'finalized', 'sent', 'partiallyPaid', 'paid'],
    transitions: { sent: ['finalized'] },
    listFilters: ['draft', 'finalized', 'sent', 'partiallyPaid', 'paid', 'overdue', 'unpaid'],
    listChips: ['draft', 'unpaid', 'overdue', 'paid'],
    becomes: ['creditNote'],
    becomesOnlyWhenFinal: true,
    numbered: true,
    payable: true,
    dueDate: true,
    validity: false,
    structuredCommunication: true,
    emailTags: [
      ...COMMON_TAGS,
      'expiration_date',
      'term',
      'total_amount_to_be_paid',
      'structured_message',
      'payment_button',
      ...SETTLEMENT_TAGS,
      'start',
      'end',
    ],
  },
  creditNote: {
    path: 'credit-notes',
    module: 'creditNotes',
    statuses: ['draft', 'finalized', 'sent'],
    transitions: { sent: ['finalized'] },
    listFilters: ['draft', 'finalized', 'sent'],
    listChips: ['draft', 'finalized', 'sent'],
    becomes: [],
    becomesOnlyWhenFinal: true,
    numbered: true,
    payable: false,
    dueDate: false,
    validity: false,
    structuredCommunication: false,
    emailTags: [...COMMON_TAGS],
  },
} as const satisfies Record<DocumentType, DocumentKindEntry>;

/** Each kind's entry, typed as the general shape (for code that walks every kind). */
export const documentKind = (type: DocumentType): DocumentKindEntry => DOCUMENT_KIND_ENTRIES[type];

/** The path and module of each kind (the part routes are built from). */
export const DOCUMENT_KIND_ACCESS = DOCUMENT_KIND_ENTRIES;

export type DocumentPath = (typeof DOCUMENT_KIND_ENTRIES)[DocumentType]['path'];

/** Builds one table per document type from a definition that takes the type. */
export function perDocumentKind<T>(
  build: (type: DocumentType, kind: { path: DocumentPath; module: Module }) => T,
): Record<DocumentType, T> {
  return Object.fromEntries(
    DOCUMENT_TYPES.map((type) => [type, build(type, DOCUMENT_KIND_ENTRIES[type])]),
  ) as Record<DocumentType, T>;
}

/** Whether a kind's list accepts this status filter. */
export const isListFilterOf = (type: DocumentType, status: string): status is DocumentListStatus =>
  (documentKind(type).listFilters as readonly string[]).includes(status);

/**
 * A kind's list query: the `status` filter takes only what its entry declares (the OpenAPI
 * shows that list). Typed as the common query, so one list call fits every kind.
 */
export function documentListQuerySchemaOf(type: DocumentType) {
  const filters: readonly DocumentListStatus[] = documentKind(type).listFilters;
  return documentListQuerySchema.extend({ status: z.enum(filters).optional() });
}
