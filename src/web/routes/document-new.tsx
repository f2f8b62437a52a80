import { NewDocumentPage } from '../features/documents/EditorPage';

export function NewQuotePage() {
  return <NewDocumentPage type="quote" />;
}

export function NewInvoicePage() {
  return <NewDocumentPage type="invoice" />;
}

export function NewCreditNotePage() {
  return <NewDocumentPage type="creditNote" />;
}
