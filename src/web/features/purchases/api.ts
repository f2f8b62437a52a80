import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  purchaseInvoiceSchema,
  purchasePageSchema,
  type PurchaseInvoice,
  type PurchaseListQuery,
} from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { toQueryString } from '../../lib/search-params';
import { useMe } from '../me/me-context';

/** Keyed by organization: after a switch, nothing of the previous company can show. */
export const purchasesKey = (organizationId: string) => ['purchases', organizationId] as const;

export function purchaseListQueryOptions(organizationId: string, query: PurchaseListQuery) {
  return queryOptions({
    queryKey: [...purchasesKey(organizationId), 'list', query],
    queryFn: () =>
      api(`/purchase-invoices?${toQueryString(query)}`, { schema: purchasePageSchema }),
    placeholderData: keepPreviousData,
  });
}

export function purchaseQueryOptions(organizationId: string, id: string) {
  return queryOptions({
    queryKey: [...purchasesKey(organizationId), 'detail', id],
    queryFn: () => api(`/purchase-invoices/${id}`, { schema: purchaseInvoiceSchema }),
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
    mutationFn: (date: string) =>
      api(`/purchase-invoices/${id}/mark-paid`, {
        method: 'POST',
        body: { date },
        schema: purchaseInvoiceSchema,
      }),
    onSuccess: store,
  });
}

export function useMarkPurchaseUnpaid(id: string) {
  const store = useStorePurchase();
  return useMutation({
    mutationFn: () =>
      api(`/purchase-invoices/${id}/mark-unpaid`, {
        method: 'POST',
        schema: purchaseInvoiceSchema,
      }),
    onSuccess: store,
  });
}

/** Every sales and purchase document of the period, as UBL and PDF, in one ZIP. */
export function accountantExportPath(from: string, to: string): string {
  return `/exports/accountant?${toQueryString({ from, to })}`;
}
