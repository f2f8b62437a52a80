import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  subscriptionRoutes,
  type Subscription,
  type SubscriptionInput,
  type SubscriptionListQuery,
} from '../../../contract/index.js';
import { call } from '../../lib/client';
import { documentsKey } from '../documents/api';
import { useMe } from '../me/me-context';

/** Keyed by organization: after a switch, nothing of the previous company can show. */
export const subscriptionsKey = (organizationId: string) =>
  ['subscriptions', organizationId] as const;

export function subscriptionListQueryOptions(organizationId: string, query: SubscriptionListQuery) {
  return queryOptions({
    queryKey: [...subscriptionsKey(organizationId), 'list', query],
    queryFn: () => call(subscriptionRoutes.list, { query }),
    placeholderData: keepPreviousData,
  });
}

export function subscriptionQueryOptions(organizationId: string, id: string) {
  return queryOptions({
    queryKey: [...subscriptionsKey(organizationId), 'detail', id],
    queryFn: () => call(subscriptionRoutes.get, { params: { id } }),
  });
}

export function subscriptionInvoicesQueryOptions(organizationId: string, id: string, page: number) {
  return queryOptions({
    queryKey: [...subscriptionsKey(organizationId), 'invoices', id, page],
    queryFn: () =>
      call(subscriptionRoutes.invoices, {
        params: { id },
        query: { page, pageSize: 10, sort: 'periodStart:desc' },
      }),
    placeholderData: keepPreviousData,
  });
}

/** Stores what the server returned and marks the lists (and invoices, after a run) outdated. */
function useStore() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return (subscription?: Subscription) => {
    if (subscription)
      queryClient.setQueryData(
        subscriptionQueryOptions(organization.id, subscription.id).queryKey,
        subscription,
      );
    void queryClient.invalidateQueries({
      queryKey: subscriptionsKey(organization.id),
      predicate: (query) => !subscription || query.queryKey[3] !== subscription.id,
    });
  };
}

export function useSaveSubscription(id: string | null) {
  const store = useStore();
  return useMutation({
    mutationFn: (body: SubscriptionInput) =>
      id
        ? call(subscriptionRoutes.update, { params: { id }, body })
        : call(subscriptionRoutes.create, { body }),
    onSuccess: store,
  });
}

export function useSubscriptionAction(id: string) {
  const store = useStore();
  return useMutation({
    mutationFn: (action: 'pause' | 'resume') =>
      call(subscriptionRoutes[action], { params: { id } }),
    onSuccess: store,
  });
}

/** Invoices the next period now; the invoice lists change too. */
export function useRunSubscriptionNow(id: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: () => call(subscriptionRoutes.runNow, { params: { id } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: subscriptionsKey(organization.id) });
      void queryClient.invalidateQueries({ queryKey: documentsKey(organization.id) });
    },
  });
}

export function useDeleteSubscription(id: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: () => call(subscriptionRoutes.remove, { params: { id } }),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: subscriptionsKey(organization.id) }),
  });
}
