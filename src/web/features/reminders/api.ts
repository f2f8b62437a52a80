import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  reminderRoutes,
  type DocumentReminders,
  type ReminderSettingsRequest,
  type SendReminderRequest,
} from '../../../contract/index.js';
import { call } from '../../lib/client';
import { documentsKey } from '../documents/api';
import { useMe } from '../me/me-context';

export const reminderSettingsKey = (organizationId: string) =>
  ['reminder-settings', organizationId] as const;

export function reminderSettingsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: reminderSettingsKey(organizationId),
    queryFn: () => call(reminderRoutes.getSettings),
  });
}

export function useSaveReminderSettings() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (request: ReminderSettingsRequest) =>
      call(reminderRoutes.saveSettings, { body: request }),
    onSuccess: (saved) => {
      queryClient.setQueryData(reminderSettingsKey(organization.id), saved);
      // Every invoice's "next reminder" depends on the sequence.
      void queryClient.invalidateQueries({ queryKey: documentsKey(organization.id) });
    },
  });
}

/** Under the documents key: a payment or a credit note changes what can still be reminded. */
export function documentRemindersQueryOptions(organizationId: string, invoiceId: string) {
  return queryOptions({
    queryKey: [...documentsKey(organizationId), 'reminders', invoiceId],
    queryFn: () => call(reminderRoutes.invoiceReminders, { params: { id: invoiceId } }),
  });
}

export function useSetAutomaticReminders(invoiceId: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (enabled: boolean) =>
      call(reminderRoutes.setInvoiceAutomatic, { params: { id: invoiceId }, body: { enabled } }),
    onSuccess: (reminders: DocumentReminders) => {
      queryClient.setQueryData(
        documentRemindersQueryOptions(organization.id, invoiceId).queryKey,
        reminders,
      );
      void queryClient.invalidateQueries({
        queryKey: [...documentsKey(organization.id), 'detail', invoiceId],
      });
    },
  });
}

export function useSendReminderNow(invoiceId: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (request: SendReminderRequest) =>
      call(reminderRoutes.sendNow, { params: { id: invoiceId }, body: request }),
    onSettled: () =>
      void queryClient.invalidateQueries({
        queryKey: documentRemindersQueryOptions(organization.id, invoiceId).queryKey,
      }),
  });
}
