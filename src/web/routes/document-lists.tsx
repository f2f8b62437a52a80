import { getRouteApi } from '@tanstack/react-router';
import type { DocumentType } from '../../contract/index.js';
import { useListPage } from '../components/list/use-list-page';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import type { DocumentSearch } from '../features/documents/document-search';
import { useMe } from '../features/me/me-context';
import { BalanceSummary } from '../features/payments/BalanceSummary';

const quotesRoute = getRouteApi('/app/quotes');
const invoicesRoute = getRouteApi('/app/invoices');
const creditNotesRoute = getRouteApi('/app/credit-notes');

type ListRoute = typeof quotesRoute | typeof invoicesRoute | typeof creditNotesRoute;

function ListPage({ type, route }: { type: DocumentType; route: ListRoute }) {
  const { search, onChange } = useListPage<DocumentSearch>(route);
  const me = useMe();
  // The open balance belongs to the payments module.
  const showBalance = type === 'invoice' && me.permissions.includes('payments');
  return (
    <DocumentsPage
      type={type}
      search={search}
      onChange={onChange}
      summary={showBalance && <BalanceSummary onFilter={(status) => onChange({ status })} />}
    />
  );
}

export function QuotesPage() {
  return <ListPage type="quote" route={quotesRoute} />;
}

export function InvoicesPage() {
  return <ListPage type="invoice" route={invoicesRoute} />;
}

export function CreditNotesPage() {
  return <ListPage type="creditNote" route={creditNotesRoute} />;
}
