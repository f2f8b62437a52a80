import type { Document } from '../../../../contract/index.js';
import { DOCUMENT_MODULES } from '../document-types';
import { useMe } from '../../me/me-context';

/**
 * What the user may do with a document beyond reading it: each follows a server module, and
 * the panels of an app the company switched off (reminders, PEPPOL) are not shown.
 */
export function useDocumentPermissions(document: Document) {
  const { permissions, disabledApps } = useMe();
  const finalized = document.status !== 'draft' && !document.deleted;
  return {
    // Conversions are invoice creations, guarded by the invoices module on the server.
    convert: document.type === 'quote' && finalized && permissions.includes('invoices'),
    creditNote: document.type === 'invoice' && finalized && permissions.includes('creditNotes'),
    payments: document.type === 'invoice' && finalized && permissions.includes('payments'),
    reminders:
      document.type === 'invoice' &&
      finalized &&
      permissions.includes('invoices') &&
      !disabledApps.includes('reminders'),
    // Readiness, sending and the UBL file follow the document's own module.
    peppol:
      document.type !== 'quote' &&
      !document.deleted &&
      permissions.includes(DOCUMENT_MODULES[document.type]) &&
      !disabledApps.includes('peppol'),
  };
}
