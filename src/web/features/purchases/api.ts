import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  accountantExportRoutes,
  purchaseRoutes,
  type PurchaseInvoice,
  type PurchaseListQuery,
} from '../../../contract/index.js';
import { call, callFile } from '../../lib/client';
import { useMe } from '../me/me-context';

/** Keyed by organization: after a switch, nothing of the previous company can show. */
export const purchasesKey = (organizationId: string) => ['purchases', organizationId] as const;

export function purchaseListQueryOptions(organizationId: string, query: PurchaseListQuery) {
  return queryOptions({
    queryKey: [...purchasesKey(organizationId), 'list', query],
    queryFn: () => call(purchaseRoutes.list, { query }),
    placeholderData: keepPreviousData,
  });
}

export function purchaseQueryOptions(organizationId: string, id: string) {
  return queryOptions({
    queryKey: [...purchasesKey(organizationId), 'detail', id],
    queryFn: () => call(purchaseRoutes.get, { params: { id } }),
  });
}

function useStorePurchase() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return (purchase: PurchaseInvoice) => {
    queryClient.setQueryData(purchaseQueryOptions(organization.id, purchase.id).queryKey, purchase);
    void queryClient.invalidateQueries({ queryKey: [...purchasesKey(organization.id), 'list'] });
  };
}

export function useMarkPurchasePaid(id: string) {
  const store = useStorePurchase();
  return useMutation({
    mutationFn: (date: string) => call(purchaseRoutes.markPaid, { params: { id }, body: { date } }),
    onSuccess: store,
  });
}

export function useMarkPurchaseUnpaid(id: string) {
  const store = useStorePurchase();
  return useMutation({
    mutationFn: () => call(purchaseRoutes.markUnpaid, { params: { id } }),
    onSuccess: store,
  });
}

/** Every sales and purchase document of the period, as UBL and PDF, in one ZIP. */
export function fetchAccountantExport(from: string, to: string) {
  return callFile(accountantExportRoutes.zip, { query: { from, to } });
}
