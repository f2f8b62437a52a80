import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  documentSchema,
  invoiceBalanceSchema,
  paymentAccountSchema,
  type markPaidRequestSchema,
  type PaymentAccount,
  type PaymentAccountInput,
  type PaymentInput,
} from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { useStoreDocument } from '../documents/api';
import { useMe } from '../me/me-context';

export type MarkPaidRequest = z.input<typeof markPaidRequestSchema>;

const accountsSchema = z.array(paymentAccountSchema);

export function paymentAccountsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['paymentAccounts', organizationId],
    queryFn: () => api('/payment-accounts', { schema: accountsSchema }),
  });
}

/** Unpaid and overdue totals, for the whole organization or one customer. */
export function invoiceBalanceQueryOptions(organizationId: string, customerId?: string) {
  return queryOptions({
    queryKey: ['invoiceBalance', organizationId, customerId ?? null],
    queryFn: () =>
      api(`/invoices/balance${customerId ? `?customerId=${customerId}` : ''}`, {
        schema: invoiceBalanceSchema,
      }),
  });
}

export function useSavePaymentAccount(accountId: string | null) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (body: PaymentAccountInput) =>
      accountId
        ? api(`/payment-accounts/${accountId}`, {
            method: 'PUT',
            body,
            schema: paymentAccountSchema,
          })
        : api('/payment-accounts', { method: 'POST', body, schema: paymentAccountSchema }),
    // Saving one account can move the default; the company settings show the same list.
    onSuccess: () => refreshAccounts(queryClient, organization.id),
  });
}

function refreshAccounts(queryClient: QueryClient, organizationId: string) {
  void queryClient.invalidateQueries({ queryKey: ['paymentAccounts', organizationId] });
  void queryClient.invalidateQueries({ queryKey: ['organization', organizationId] });
}

/** Deletes an account no payment uses (the server refuses the others). */
export function useDeletePaymentAccount() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (account: PaymentAccount) =>
      api(`/payment-accounts/${account.id}`, { method: 'DELETE' }),
    onSuccess: () => refreshAccounts(queryClient, organization.id),
  });
}

/** Each payment action answers with the invoice, whose status and balance follow. */
export function useRecordPayment(invoiceId: string) {
  const store = useStoreDocument();
  return useMutation({
    mutationFn: (body: PaymentInput) =>
      api(`/invoices/${invoiceId}/payments`, { method: 'POST', body, schema: documentSchema }),
    onSuccess: store,
  });
}

export function useMarkPaid(invoiceId: string) {
  const store = useStoreDocument();
  return useMutation({
    mutationFn: (body: MarkPaidRequest) =>
      api(`/invoices/${invoiceId}/mark-paid`, { method: 'POST', body, schema: documentSchema }),
    onSuccess: store,
  });
}

export function useDeletePayment(invoiceId: string) {
  const store = useStoreDocument();
  return useMutation({
    mutationFn: (paymentId: string) =>
      api(`/invoices/${invoiceId}/payments/${paymentId}`, {
        method: 'DELETE',
        schema: documentSchema,
      }),
    onSuccess: store,
  });
}
