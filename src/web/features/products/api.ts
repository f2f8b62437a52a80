import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  productRoutes,
  type PriceUpdateRequest,
  type Product,
  type ProductInput,
  type ProductListQuery,
} from '../../../contract/index.js';
import { call } from '../../lib/client';
import { useMe } from '../me/me-context';

/** Keyed by organization: after a switch, nothing of the previous company can show. */
export const productsKey = (organizationId: string) => ['products', organizationId] as const;

export function productListQueryOptions(organizationId: string, query: ProductListQuery) {
  return queryOptions({
    queryKey: [...productsKey(organizationId), 'list', query],
    queryFn: () => call(productRoutes.list, { query }),
    placeholderData: keepPreviousData,
  });
}

export function productQueryOptions(organizationId: string, productId: string) {
  return queryOptions({
    queryKey: [...productsKey(organizationId), 'detail', productId],
    queryFn: () => call(productRoutes.get, { params: { id: productId } }),
  });
}

/** Creates a product, or replaces an existing one entirely (PUT takes the whole input). */
export function useSaveProduct(productId: string | null) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (body: ProductInput) =>
      productId
        ? call(productRoutes.update, { params: { id: productId }, body })
        : call(productRoutes.create, { body }),
    onSuccess: (product: Product) => {
      queryClient.setQueryData(productQueryOptions(organization.id, product.id).queryKey, product);
      // Lists, and the product counts of groups.
      void queryClient.invalidateQueries({ queryKey: [...productsKey(organization.id), 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['productGroups', organization.id] });
    },
  });
}

export function useDeleteProduct(productId: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: () => call(productRoutes.remove, { params: { id: productId } }),
    onSuccess: () => {
      queryClient.removeQueries({
        queryKey: productQueryOptions(organization.id, productId).queryKey,
      });
      void queryClient.invalidateQueries({ queryKey: [...productsKey(organization.id), 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['productGroups', organization.id] });
    },
  });
}

/** Preview (nothing changes) or apply a percentage to a selection or a group. */
export function usePriceUpdate() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (body: PriceUpdateRequest) => call(productRoutes.updatePrices, { body }),
    onSuccess: (result) => {
      if (result.applied) {
        void queryClient.invalidateQueries({ queryKey: productsKey(organization.id) });
      }
    },
  });
}
