import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  peppolDocumentStatusSchema,
  peppolSettingsSchema,
  type DocumentType,
  type PeppolDocumentStatus,
  type PeppolSettings,
  type PeppolSettingsRequest,
} from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { documentsKey } from '../documents/api';
import { DOCUMENT_API_PATHS } from '../documents/document-types';
import { useMe } from '../me/me-context';

/** Invoices and credit notes travel on PEPPOL; quotes do not. */
export type PeppolDocumentType = Exclude<DocumentType, 'quote'>;

export function isPeppolDocumentType(type: DocumentType): type is PeppolDocumentType {
  return type !== 'quote';
}

/** How often a queued or sent transmission is asked about, and for how long at most. */
const POLL_MS = 4000;
const POLL_FOR_MS = 10 * 60_000;

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
    queryFn: () =>
      api(`/${DOCUMENT_API_PATHS[type]}/${id}/peppol`, { schema: peppolDocumentStatusSchema }),
    refetchInterval: (query) => (isInFlight(query.state.data) ? POLL_MS : false),
  });
}

export function useSendViaPeppol(type: PeppolDocumentType, id: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: () =>
      api(`/${DOCUMENT_API_PATHS[type]}/${id}/peppol/send`, {
        method: 'POST',
        schema: peppolDocumentStatusSchema,
      }),
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

/** Where the UBL file of a finalised document is served. */
export function ublPath(type: PeppolDocumentType, id: string): string {
  return `/${DOCUMENT_API_PATHS[type]}/${id}/ubl`;
}

// ---- The company's access point -----------------------------------------------------------------

const peppolSettingsKey = (organizationId: string) => ['peppolSettings', organizationId] as const;

export function peppolSettingsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: peppolSettingsKey(organizationId),
    queryFn: () => api('/peppol/settings', { schema: peppolSettingsSchema }),
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
    mutationFn: (body: PeppolSettingsRequest) =>
      api('/peppol/settings', { method: 'PUT', body, schema: peppolSettingsSchema }),
    onSuccess: store,
  });
}

export function useRegisterOnPeppol() {
  const store = useStorePeppolSettings();
  return useMutation({
    mutationFn: () =>
      api('/peppol/settings/register', { method: 'POST', schema: peppolSettingsSchema }),
    onSuccess: store,
  });
}

export function useDisconnectPeppol() {
  const store = useStorePeppolSettings();
  return useMutation({
    mutationFn: () => api('/peppol/settings', { method: 'DELETE' }),
    onSuccess: () => store(null),
  });
}
