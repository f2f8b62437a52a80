import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  priceUpdateResultSchema,
  productPageSchema,
  productSchema,
  type PriceUpdateRequest,
  type Product,
  type ProductInput,
  type ProductListQuery,
} from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { toQueryString } from '../../lib/search-params';
import { useMe } from '../me/me-context';

/** Keyed by organization: after a switch, nothing of the previous company can show. */
export const productsKey = (organizationId: string) => ['products', organizationId] as const;

export function productListQueryOptions(organizationId: string, query: ProductListQuery) {
  return queryOptions({
    queryKey: [...productsKey(organizationId), 'list', query],
    queryFn: () => api(`/products?${toQueryString(query)}`, { schema: productPageSchema }),
    placeholderData: keepPreviousData,
  });
}

export function productQueryOptions(organizationId: string, productId: string) {
  return queryOptions({
    queryKey: [...productsKey(organizationId), 'detail', productId],
    queryFn: () => api(`/products/${productId}`, { schema: productSchema }),
  });
}

/** Creates a product, or replaces an existing one entirely (PUT takes the whole input). */
export function useSaveProduct(productId: string | null) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (body: ProductInput) =>
      productId
        ? api(`/products/${productId}`, { method: 'PUT', body, schema: productSchema })
        : api('/products', { method: 'POST', body, schema: productSchema }),
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
    mutationFn: () => api(`/products/${productId}`, { method: 'DELETE' }),
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
    mutationFn: (body: PriceUpdateRequest) =>
      api('/products/price-update', { method: 'POST', body, schema: priceUpdateResultSchema }),
    onSuccess: (result) => {
      if (result.applied) {
        void queryClient.invalidateQueries({ queryKey: productsKey(organization.id) });
      }
    },
  });
}
