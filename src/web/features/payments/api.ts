import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  paymentRoutes,
  type markPaidRequestSchema,
  type PaymentAccount,
  type PaymentAccountInput,
  type PaymentInput,
} from '../../../contract/index.js';
import { call } from '../../lib/client';
import { useStoreDocument } from '../documents/api';
import { useMe } from '../me/me-context';

export type MarkPaidRequest = z.input<typeof markPaidRequestSchema>;

export function paymentAccountsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['paymentAccounts', organizationId],
    queryFn: () => call(paymentRoutes.listAccounts),
  });
}

/** Unpaid and overdue totals, for the whole organization or one customer. */
export function invoiceBalanceQueryOptions(organizationId: string, customerId?: string) {
  return queryOptions({
    queryKey: ['invoiceBalance', organizationId, customerId ?? null],
    queryFn: () => call(paymentRoutes.balance, { query: customerId ? { customerId } : {} }),
  });
}

export function useSavePaymentAccount(accountId: string | null) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (body: PaymentAccountInput) =>
      accountId
        ? call(paymentRoutes.updateAccount, { params: { id: accountId }, body })
        : call(paymentRoutes.createAccount, { body }),
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
      call(paymentRoutes.removeAccount, { params: { id: account.id } }),
    onSuccess: () => refreshAccounts(queryClient, organization.id),
  });
}

/** Each payment action answers with the invoice, whose status and balance follow. */
export function useRecordPayment(invoiceId: string) {
  const store = useStoreDocument();
  return useMutation({
    mutationFn: (body: PaymentInput) =>
      call(paymentRoutes.record, { params: { id: invoiceId }, body }),
    onSuccess: store,
  });
}

export function useMarkPaid(invoiceId: string) {
  const store = useStoreDocument();
  return useMutation({
    mutationFn: (body: MarkPaidRequest) =>
      call(paymentRoutes.markPaid, { params: { id: invoiceId }, body }),
    onSuccess: store,
  });
}

export function useDeletePayment(invoiceId: string) {
  const store = useStoreDocument();
  return useMutation({
    mutationFn: (paymentId: string) =>
      call(paymentRoutes.remove, { params: { id: invoiceId, paymentId } }),
    onSuccess: store,
  });
}
