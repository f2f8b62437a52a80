import { getRouteApi } from '@tanstack/react-router';
import { InboxDocumentPage } from '../features/inbox/InboxDocumentPage';

const route = getRouteApi('/app/inbox/$inboxId');

export function InboxDetailPage() {
  const { inboxId } = route.useParams();
  return <InboxDocumentPage key={inboxId} id={inboxId} />;
}
