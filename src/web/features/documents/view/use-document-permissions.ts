import type { Document } from '../../../../contract/index.js';
import { DOCUMENT_MODULES } from '../document-types';
import { useMe } from '../../me/me-context';

/** What the user may do with a document beyond reading it: each follows a server module. */
export function useDocumentPermissions(document: Document) {
  const { permissions } = useMe();
  const finalized = document.status !== 'draft' && !document.deleted;
  return {
    // Conversions are invoice creations, guarded by the invoices module on the server.
    convert: document.type === 'quote' && finalized && permissions.includes('invoices'),
    creditNote: document.type === 'invoice' && finalized && permissions.includes('creditNotes'),
    payments: document.type === 'invoice' && finalized && permissions.includes('payments'),
    reminders: document.type === 'invoice' && finalized && permissions.includes('invoices'),
    // Readiness, sending and the UBL file follow the document's own module.
    peppol:
      document.type !== 'quote' &&
      !document.deleted &&
      permissions.includes(DOCUMENT_MODULES[document.type]),
  };
}
