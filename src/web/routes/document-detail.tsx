import { getRouteApi } from '@tanstack/react-router';
import type { Document } from '../../contract/index.js';
import { DocumentPage } from '../features/documents/view/DocumentPage';
import { useDocumentPermissions } from '../features/documents/view/use-document-permissions';
import { EmailPanel } from '../features/email/EmailPanel';
import { PaymentsPanel } from '../features/payments/PaymentsPanel';
import { isPeppolDocumentType } from '../features/peppol/api';
import { PeppolPanel } from '../features/peppol/PeppolPanel';
import { InvoiceRemindersPanel } from '../features/reminders/InvoiceRemindersPanel';

const quoteRoute = getRouteApi('/app/quotes/$documentId');
const invoiceRoute = getRouteApi('/app/invoices/$documentId');
const creditNoteRoute = getRouteApi('/app/credit-notes/$documentId');

/** What other features add to a document's page, each where the user may see it. */
function DocumentPanels({ document }: { document: Document }) {
  const can = useDocumentPermissions(document);
  return (
    <>
      {can.payments && <PaymentsPanel invoice={document} />}
      <EmailPanel document={document} />
      {can.reminders && <InvoiceRemindersPanel invoice={document} />}
      {can.peppol && isPeppolDocumentType(document.type) && (
        <PeppolPanel document={document} type={document.type} />
      )}
    </>
  );
}

export function QuoteDetailPage() {
  const { documentId } = quoteRoute.useParams();
  return <DocumentPage type="quote" id={documentId} Panels={DocumentPanels} />;
}

export function InvoiceDetailPage() {
  const { documentId } = invoiceRoute.useParams();
  return <DocumentPage type="invoice" id={documentId} Panels={DocumentPanels} />;
}

export function CreditNoteDetailPage() {
  const { documentId } = creditNoteRoute.useParams();
  return <DocumentPage type="creditNote" id={documentId} Panels={DocumentPanels} />;
}
