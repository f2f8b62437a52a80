import { getRouteApi } from '@tanstack/react-router';
import { EditDocumentPage } from '../features/documents/EditorPage';
import { useMe } from '../features/me/me-context';
import { PeppolEditorAlert } from '../features/peppol/PeppolEditorAlert';

const quoteRoute = getRouteApi('/app/quotes/$documentId/edit');
const invoiceRoute = getRouteApi('/app/invoices/$documentId/edit');
const creditNoteRoute = getRouteApi('/app/credit-notes/$documentId/edit');

/** The PEPPOL readiness alert, unless the company switched the PEPPOL app off. */
function PeppolAlert({ type, id }: { type: 'invoice' | 'creditNote'; id: string }) {
  const { disabledApps } = useMe();
  return disabledApps.includes('peppol') ? null : <PeppolEditorAlert type={type} id={id} />;
}

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
      alerts={<PeppolAlert type="invoice" id={documentId} />}
    />
  );
}

export function EditCreditNotePage() {
  const { documentId } = creditNoteRoute.useParams();
  return (
    <EditDocumentPage
      type="creditNote"
      id={documentId}
      alerts={<PeppolAlert type="creditNote" id={documentId} />}
    />
  );
}
