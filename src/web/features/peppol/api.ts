import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  peppolRoutes,
  type DocumentType,
  type PeppolDocumentStatus,
  type PeppolSettings,
  type PeppolSettingsRequest,
} from '../../../contract/index.js';
import { call, callFile } from '../../lib/client';
import { documentsKey } from '../documents/api';
import { useMe } from '../me/me-context';

/** Invoices and credit notes travel on PEPPOL; quotes do not. */
export type PeppolDocumentType = Exclude<DocumentType, 'quote'>;

export function isPeppolDocumentType(type: DocumentType): type is PeppolDocumentType {
  return type !== 'quote';
}

/** How often a queued or sent transmission is asked about, and for how long at most. */
const POLL_MS = 4000;
const POLL_FOR_MS = 10 * 60_000;

/** The UBL and PEPPOL routes of each kind that travels on PEPPOL. */
const ROUTES = {
  invoice: {
    ubl: peppolRoutes.invoiceUbl,
    status: peppolRoutes.invoiceStatus,
    send: peppolRoutes.invoiceSend,
  },
  creditNote: {
    ubl: peppolRoutes.creditNoteUbl,
    status: peppolRoutes.creditNoteStatus,
    send: peppolRoutes.creditNoteSend,
  },
} as const satisfies Record<PeppolDocumentType, unknown>;

/** Whether the access point may still move the transmission on (queued → sent → delivered). */
export function isInFlight(status: PeppolDocumentStatus | undefined, now = Date.now()): boolean {
  const transmission = status?.transmission;
  if (!transmission) return false;
  if (transmission.status !== 'queued' && transmission.status !== 'sent') return false;
  const queuedAt = Date.parse(transmission.queuedAt);
  return Number.isNaN(queuedAt) || now - queuedAt < POLL_FOR_MS;
}

/**
 * Under the documents key, so every change to a document (a save, a finalisation) also asks for
 * its PEPPOL readiness again. Polled while a transmission is on its way.
 */
export function peppolStatusQueryOptions(
  organizationId: string,
  type: PeppolDocumentType,
  id: string,
) {
  return queryOptions({
    queryKey: [...documentsKey(organizationId), 'peppol', type, id],
    queryFn: () => call(ROUTES[type].status, { params: { id } }),
    refetchInterval: (query) => (isInFlight(query.state.data) ? POLL_MS : false),
  });
}

export function useSendViaPeppol(type: PeppolDocumentType, id: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: () => call(ROUTES[type].send, { params: { id } }),
    onSuccess: (status) => {
      queryClient.setQueryData(
        peppolStatusQueryOptions(organization.id, type, id).queryKey,
        status,
      );
      // Sending marks the document as sent.
      void queryClient.invalidateQueries({
        queryKey: [...documentsKey(organization.id), 'detail', id],
      });
    },
    // A refusal (not ready, unreachable) comes with what changed: read the status again.
    onError: () =>
      void queryClient.invalidateQueries({
        queryKey: peppolStatusQueryOptions(organization.id, type, id).queryKey,
      }),
  });
}

/** The UBL file of a finalised document, with the name the server gives it. */
export function fetchUbl(type: PeppolDocumentType, id: string) {
  return callFile(ROUTES[type].ubl, { params: { id } });
}

// ---- The company's access point -----------------------------------------------------------------

const peppolSettingsKey = (organizationId: string) => ['peppolSettings', organizationId] as const;

export function peppolSettingsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: peppolSettingsKey(organizationId),
    queryFn: () => call(peppolRoutes.getSettings),
  });
}

/** Settings change what every document's PEPPOL panel says (configured, reachable). */
function useStorePeppolSettings() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return (settings: PeppolSettings | null) => {
    if (settings) queryClient.setQueryData(peppolSettingsKey(organization.id), settings);
    else void queryClient.invalidateQueries({ queryKey: peppolSettingsKey(organization.id) });
    void queryClient.invalidateQueries({
      queryKey: documentsKey(organization.id),
      predicate: (query) => query.queryKey[2] === 'peppol',
    });
  };
}

export function useSavePeppolSettings() {
  const store = useStorePeppolSettings();
  return useMutation({
    mutationFn: (body: PeppolSettingsRequest) => call(peppolRoutes.saveSettings, { body }),
    onSuccess: store,
  });
}

export function useRegisterOnPeppol() {
  const store = useStorePeppolSettings();
  return useMutation({
    mutationFn: () => call(peppolRoutes.register),
    onSuccess: store,
  });
}

export function useDisconnectPeppol() {
  const store = useStorePeppolSettings();
  return useMutation({
    mutationFn: () => call(peppolRoutes.deleteSettings),
    onSuccess: () => store(null),
  });
}
