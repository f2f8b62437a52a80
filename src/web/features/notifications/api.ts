import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationRoutes, type NotificationList } from '../../../contract/index.js';
import { call } from '../../lib/client';
import { useMe } from '../me/me-context';

const notificationsKey = (organizationId: string) => ['notifications', organizationId] as const;

/** The bell's content: kept fresh every minute and whenever the user comes back to the tab. */
export function notificationsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: notificationsKey(organizationId),
    queryFn: () => call(notificationRoutes.list),
    staleTime: 30_000,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

/** Read at once on screen; the server is told in the background. */
function useOptimisticRead() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  const key = notificationsKey(organization.id);
  return {
    apply: async (read: (list: NotificationList) => NotificationList) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<NotificationList>(key);
      if (previous) queryClient.setQueryData(key, read(previous));
      return previous;
    },
    restore: (previous: NotificationList | undefined) => {
      if (previous) queryClient.setQueryData(key, previous);
    },
    settle: () => void queryClient.invalidateQueries({ queryKey: key }),
  };
}

export function useMarkNotificationRead() {
  const optimistic = useOptimisticRead();
  return useMutation({
    mutationFn: (id: string) => call(notificationRoutes.markRead, { params: { id } }),
    onMutate: (id) =>
      optimistic.apply((list) => {
        const target = list.items.find((item) => item.id === id);
        if (!target || target.read) return list;
        return {
          unread: Math.max(0, list.unread - 1),
          items: list.items.map((item) => (item.id === id ? { ...item, read: true } : item)),
        };
      }),
    onError: (_error, _id, previous) => optimistic.restore(previous),
    onSettled: optimistic.settle,
  });
}

export function useMarkAllNotificationsRead() {
  const optimistic = useOptimisticRead();
  return useMutation({
    mutationFn: () => call(notificationRoutes.markAllRead),
    onMutate: () =>
      optimistic.apply((list) => ({
        unread: 0,
        items: list.items.map((item) => ({ ...item, read: true })),
      })),
    onError: (_error, _variables, previous) => optimistic.restore(previous),
    onSettled: optimistic.settle,
  });
}
