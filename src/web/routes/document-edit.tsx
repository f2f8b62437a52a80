import { getRouteApi } from '@tanstack/react-router';
import { EditDocumentPage } from '../features/documents/EditorPage';
import { PeppolEditorAlert } from '../features/peppol/PeppolEditorAlert';

const quoteRoute = getRouteApi('/app/quotes/$documentId/edit');
const invoiceRoute = getRouteApi('/app/invoices/$documentId/edit');
const creditNoteRoute = getRouteApi('/app/credit-notes/$documentId/edit');

export function EditQuotePage() {
  const { documentId } = quoteRoute.useParams();
  return <EditDocumentPage type="quote" id={documentId} />;
}

export function EditInvoicePage() {
  const { documentId } = invoiceRoute.useParams();
  return (
    <EditDocumentPage
      type="invoice"
      id={documentId}
      alerts={<PeppolEditorAlert type="invoice" id={documentId} />}
    />
  );
}

export function EditCreditNotePage() {
  const { documentId } = creditNoteRoute.useParams();
  return (
    <EditDocumentPage
      type="creditNote"
      id={documentId}
      alerts={<PeppolEditorAlert type="creditNote" id={documentId} />}
    />
  );
}
