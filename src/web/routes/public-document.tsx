import { getRouteApi } from '@tanstack/react-router';
import { PublicDocumentPage as Page } from '../features/public-document/PublicDocumentPage';

const route = getRouteApi('/d/$token');

/** A document opened from its public link: no login, outside the app's frame. */
export function PublicDocumentPage() {
  const { token } = route.useParams();
  return <Page token={token} />;
}
