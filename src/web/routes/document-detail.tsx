import { getRouteApi } from '@tanstack/react-router';
import { DocumentPage } from '../features/documents/view/DocumentPage';

const quoteRoute = getRouteApi('/app/quotes/$documentId');
const invoiceRoute = getRouteApi('/app/invoices/$documentId');
const creditNoteRoute = getRouteApi('/app/credit-notes/$documentId');

export function QuoteDetailPage() {
  const { documentId } = quoteRoute.useParams();
  return <DocumentPage type="quote" id={documentId} />;
}

export function InvoiceDetailPage() {
  const { documentId } = invoiceRoute.useParams();
  return <DocumentPage type="invoice" id={documentId} />;
}

export function CreditNoteDetailPage() {
  const { documentId } = creditNoteRoute.useParams();
  return <DocumentPage type="creditNote" id={documentId} />;
}
