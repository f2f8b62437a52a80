import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  documentRemindersSchema,
  reminderSchema,
  reminderSettingsSchema,
  type DocumentReminders,
  type ReminderSettingsRequest,
  type SendReminderRequest,
} from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { documentsKey } from '../documents/api';
import { useMe } from '../me/me-context';

export const reminderSettingsKey = (organizationId: string) =>
  ['reminder-settings', organizationId] as const;

export function reminderSettingsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: reminderSettingsKey(organizationId),
    queryFn: () => api('/reminder-settings', { schema: reminderSettingsSchema }),
  });
}

export function useSaveReminderSettings() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (request: ReminderSettingsRequest) =>
      api('/reminder-settings', { method: 'PUT', body: request, schema: reminderSettingsSchema }),
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
    queryFn: () => api(`/invoices/${invoiceId}/reminders`, { schema: documentRemindersSchema }),
  });
}

export function useSetAutomaticReminders(invoiceId: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (enabled: boolean) =>
      api(`/invoices/${invoiceId}/automatic-reminders`, {
        method: 'PUT',
        body: { enabled },
        schema: documentRemindersSchema,
      }),
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
      api(`/invoices/${invoiceId}/reminders`, {
        method: 'POST',
        body: request,
        schema: reminderSchema,
      }),
    onSettled: () =>
      void queryClient.invalidateQueries({
        queryKey: documentRemindersQueryOptions(organization.id, invoiceId).queryKey,
      }),
  });
}
