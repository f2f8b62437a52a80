import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  customerRoutes,
  type Customer,
  type CustomerInput,
  type CustomerListQuery,
} from '../../../contract/index.js';
import { call, callFile } from '../../lib/client';
import { saveFile } from '../../lib/download';
import { useMe } from '../me/me-context';

/** Keyed by organization: after a switch, nothing of the previous company can show. */
const customersKey = (organizationId: string) => ['customers', organizationId] as const;

export function customerListQueryOptions(organizationId: string, query: CustomerListQuery) {
  return queryOptions({
    queryKey: [...customersKey(organizationId), 'list', query],
    queryFn: () => call(customerRoutes.list, { query }),
    // The previous page stays on screen while the next one loads: no flashing table.
    placeholderData: keepPreviousData,
  });
}

export function customerQueryOptions(organizationId: string, customerId: string) {
  return queryOptions({
    queryKey: [...customersKey(organizationId), 'detail', customerId],
    queryFn: () => call(customerRoutes.get, { params: { id: customerId } }),
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
        ? call(customerRoutes.update, { params: { id: customerId }, body })
        : call(customerRoutes.create, { body }),
    onSuccess: store,
  });
}

export function useSetCustomerArchived(customerId: string) {
  const store = useStoreCustomer();
  return useMutation({
    mutationFn: (archived: boolean) =>
      call(archived ? customerRoutes.archive : customerRoutes.unarchive, {
        params: { id: customerId },
      }),
    onSuccess: store,
  });
}

export function useDeleteCustomer(customerId: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: () => call(customerRoutes.remove, { params: { id: customerId } }),
    onSuccess: () => {
      queryClient.removeQueries({
        queryKey: customerQueryOptions(organization.id, customerId).queryKey,
      });
      void queryClient.invalidateQueries({ queryKey: [...customersKey(organization.id), 'list'] });
    },
  });
}

/** The CSV export takes the list's filters, without paging. */
export async function downloadCustomers(query: CustomerListQuery): Promise<void> {
  const { page, pageSize, ...filters } = query;
  saveFile(await callFile(customerRoutes.exportCsv, { query: filters }), 'customers.csv');
}
