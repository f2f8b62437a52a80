import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  documentEmailRouteTables,
  emailRoutes,
  type DocumentType,
  type EmailMessage,
  type EmailPreviewRequest,
  type EmailSettings,
  type EmailSettingsRequest,
  type EmailTemplate,
  type EmailTemplateKind,
  type EmailTemplateRequest,
  type EmailTestRequest,
  type SendEmailRequest,
} from '../../../contract/index.js';
import { call, callFile } from '../../lib/client';
import { saveFile } from '../../lib/download';
import { documentsKey } from '../documents/api';
import { useMe } from '../me/me-context';

type DocumentLanguage = EmailTemplate['language'];

// ---- Settings -----------------------------------------------------------------------------------

const settingsKey = (organizationId: string) => ['emailSettings', organizationId] as const;

export function emailSettingsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: settingsKey(organizationId),
    queryFn: () => call(emailRoutes.settings),
  });
}

function useStoreSettings() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return (settings: EmailSettings) => {
    queryClient.setQueryData(settingsKey(organization.id), settings);
    // The "Send by e-mail" forms start with the default copies and say where mail goes.
    void queryClient.invalidateQueries({
      queryKey: documentsKey(organization.id),
      predicate: (query) => query.queryKey[2] === 'emailDraft',
    });
  };
}

export function useSaveEmailSettings() {
  const store = useStoreSettings();
  return useMutation({
    mutationFn: (body: EmailSettingsRequest) => call(emailRoutes.saveSettings, { body }),
    onSuccess: store,
  });
}

export function useTestEmail() {
  return useMutation({
    mutationFn: (body: EmailTestRequest) => call(emailRoutes.test, { body }),
  });
}

export function useUploadEmailAttachment() {
  const store = useStoreSettings();
  return useMutation({
    mutationFn: ({ language, file }: { language: DocumentLanguage; file: File }) => {
      const body = new FormData();
      body.append('file', file);
      return call(emailRoutes.addAttachment, { query: { language }, body });
    },
    onSuccess: store,
  });
}

export function useDeleteEmailAttachment() {
  const store = useStoreSettings();
  return useMutation({
    mutationFn: (id: string) => call(emailRoutes.removeAttachment, { params: { id } }),
    onSuccess: store,
  });
}

/** Downloads an automatic attachment under its own name. */
export async function downloadEmailAttachment(id: string, filename: string): Promise<void> {
  saveFile(await callFile(emailRoutes.attachment, { params: { id } }), filename);
}

// ---- Texts --------------------------------------------------------------------------------------

const templatesKey = (organizationId: string) => ['emailTemplates', organizationId] as const;

export function emailTemplatesQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: templatesKey(organizationId),
    queryFn: () => call(emailRoutes.templates),
  });
}

function useStoreTemplate() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return (saved: EmailTemplate) => {
    queryClient.setQueryData<EmailTemplate[]>(templatesKey(organization.id), (list) =>
      list?.map((item) =>
        item.kind === saved.kind && item.language === saved.language ? saved : item,
      ),
    );
    void queryClient.invalidateQueries({
      queryKey: documentsKey(organization.id),
      predicate: (query) => query.queryKey[2] === 'emailDraft',
    });
  };
}

export function useSaveEmailTemplate(kind: EmailTemplateKind, language: DocumentLanguage) {
  const store = useStoreTemplate();
  return useMutation({
    mutationFn: (body: EmailTemplateRequest) =>
      call(emailRoutes.saveTemplate, { params: { kind, language }, body }),
    onSuccess: store,
  });
}

export function useResetEmailTemplate(kind: EmailTemplateKind, language: DocumentLanguage) {
  const store = useStoreTemplate();
  return useMutation({
    mutationFn: () => call(emailRoutes.resetTemplate, { params: { kind, language } }),
    onSuccess: store,
  });
}

export function usePreviewEmail() {
  return useMutation({
    mutationFn: (body: EmailPreviewRequest) => call(emailRoutes.preview, { body }),
  });
}

// ---- A document's e-mails -----------------------------------------------------------------------

/** Under the documents key, so a finalisation or a save reads the form's defaults again. */
export function emailDraftQueryOptions(organizationId: string, type: DocumentType, id: string) {
  return queryOptions({
    queryKey: [...documentsKey(organizationId), 'emailDraft', type, id],
    queryFn: () => call(documentEmailRouteTables[type].draft, { params: { id } }),
  });
}

const POLL_MS = 3000;
const inFlight = (messages: EmailMessage[] | undefined) =>
  Boolean(messages?.some((m) => m.status === 'queued' || m.status === 'sending'));

/** Polled while a message is on its way. */
export function documentEmailsQueryOptions(organizationId: string, type: DocumentType, id: string) {
  return queryOptions({
    queryKey: [...documentsKey(organizationId), 'emails', type, id],
    queryFn: () => call(documentEmailRouteTables[type].list, { params: { id } }),
    refetchInterval: (query) => (inFlight(query.state.data) ? POLL_MS : false),
  });
}

function useRefreshDocuments() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return () => {
    // Sending changes the document (a draft is finalised, then sent) and its list of e-mails.
    void queryClient.invalidateQueries({ queryKey: documentsKey(organization.id) });
    void queryClient.invalidateQueries({ queryKey: ['mailbox', organization.id] });
  };
}

export function useSendEmail(type: DocumentType, id: string) {
  const refresh = useRefreshDocuments();
  return useMutation({
    mutationFn: ({ body, finalize }: { body: SendEmailRequest; finalize: boolean }) =>
      call(documentEmailRouteTables[type].send, {
        params: { id },
        ...(finalize && { query: { finalize: 'true' } }),
        body,
      }),
    onSuccess: refresh,
  });
}

export function useRetryEmail(type: DocumentType, id: string) {
  const refresh = useRefreshDocuments();
  return useMutation({
    mutationFn: (emailId: string) =>
      call(documentEmailRouteTables[type].retry, { params: { id, emailId } }),
    onSuccess: refresh,
  });
}

// ---- Built-in mailbox ---------------------------------------------------------------------------

export function mailboxQueryOptions(organizationId: string, page: number) {
  return queryOptions({
    queryKey: ['mailbox', organizationId, 'list', page],
    queryFn: () => call(emailRoutes.mailbox, { query: { page, pageSize: 25 } }),
    placeholderData: keepPreviousData,
  });
}

export function mailboxMessageQueryOptions(organizationId: string, id: string) {
  return queryOptions({
    queryKey: ['mailbox', organizationId, 'message', id],
    queryFn: () => call(emailRoutes.mailboxMessage, { params: { id } }),
  });
}

/** Downloads the `index`-th attachment of a mailbox message under its own name. */
export async function downloadMailboxAttachment(
  id: string,
  index: number,
  filename: string,
): Promise<void> {
  saveFile(await callFile(emailRoutes.mailboxAttachment, { params: { id, index } }), filename);
}
