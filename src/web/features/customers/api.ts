import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  customerPageSchema,
  customerSchema,
  type Customer,
  type CustomerInput,
  type CustomerListQuery,
} from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { toQueryString } from '../../lib/search-params';
import { useMe } from '../me/me-context';

/** Keyed by organization: after a switch, nothing of the previous company can show. */
const customersKey = (organizationId: string) => ['customers', organizationId] as const;

export function customerListQueryOptions(organizationId: string, query: CustomerListQuery) {
  return queryOptions({
    queryKey: [...customersKey(organizationId), 'list', query],
    queryFn: () => api(`/customers?${toQueryString(query)}`, { schema: customerPageSchema }),
    // The previous page stays on screen while the next one loads: no flashing table.
    placeholderData: keepPreviousData,
  });
}

export function customerQueryOptions(organizationId: string, customerId: string) {
  return queryOptions({
    queryKey: [...customersKey(organizationId), 'detail', customerId],
    queryFn: () => api(`/customers/${customerId}`, { schema: customerSchema }),
  });
}

/** Stores a customer the server returned and marks every list as outdated. */
function useStoreCustomer() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return (customer: Customer) => {
    queryClient.setQueryData(customerQueryOptions(organization.id, customer.id).queryKey, customer);
    void queryClient.invalidateQueries({ queryKey: [...customersKey(organization.id), 'list'] });
  };
}

/** Creates a customer, or replaces an existing one entirely (PUT takes the whole input). */
export function useSaveCustomer(customerId: string | null) {
  const store = useStoreCustomer();
  return useMutation({
    mutationFn: (body: CustomerInput) =>
      customerId
        ? api(`/customers/${customerId}`, { method: 'PUT', body, schema: customerSchema })
        : api('/customers', { method: 'POST', body, schema: customerSchema }),
    onSuccess: store,
  });
}

export function useSetCustomerArchived(customerId: string) {
  const store = useStoreCustomer();
  return useMutation({
    mutationFn: (archived: boolean) =>
      api(`/customers/${customerId}/${archived ? 'archive' : 'unarchive'}`, {
        method: 'POST',
        schema: customerSchema,
      }),
    onSuccess: store,
  });
}

export function useDeleteCustomer(customerId: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: () => api(`/customers/${customerId}`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({
        queryKey: customerQueryOptions(organization.id, customerId).queryKey,
      });
      void queryClient.invalidateQueries({ queryKey: [...customersKey(organization.id), 'list'] });
    },
  });
}

/** The CSV export takes the list's filters, without paging. */
export function customerExportPath(query: CustomerListQuery): string {
  return `/customers/export.csv?${toQueryString({ ...query, page: undefined, pageSize: undefined })}`;
}
