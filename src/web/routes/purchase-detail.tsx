import { getRouteApi } from '@tanstack/react-router';
import { PurchasePage } from '../features/purchases/PurchasePage';

const route = getRouteApi('/app/purchases/$purchaseId');

export function PurchaseDetailPage() {
  const { purchaseId } = route.useParams();
  return <PurchasePage key={purchaseId} id={purchaseId} />;
}
