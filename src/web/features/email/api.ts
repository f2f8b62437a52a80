import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  emailDraftSchema,
  emailMessageListSchema,
  emailMessageSchema,
  emailPreviewSchema,
  emailSettingsSchema,
  emailTemplateSchema,
  emailTestResultSchema,
  mailboxMessageSchema,
  mailboxPageSchema,
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
import { api } from '../../lib/api-client';
import { documentsKey } from '../documents/api';
import { DOCUMENT_API_PATHS } from '../documents/document-types';
import { useMe } from '../me/me-context';

type DocumentLanguage = EmailTemplate['language'];

// ---- Settings -----------------------------------------------------------------------------------

const settingsKey = (organizationId: string) => ['emailSettings', organizationId] as const;

export function emailSettingsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: settingsKey(organizationId),
    queryFn: () => api('/email/settings', { schema: emailSettingsSchema }),
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
    mutationFn: (body: EmailSettingsRequest) =>
      api('/email/settings', { method: 'PUT', body, schema: emailSettingsSchema }),
    onSuccess: store,
  });
}

export function useTestEmail() {
  return useMutation({
    mutationFn: (body: EmailTestRequest) =>
      api('/email/settings/test', { method: 'POST', body, schema: emailTestResultSchema }),
  });
}

export function useUploadEmailAttachment() {
  const store = useStoreSettings();
  return useMutation({
    mutationFn: ({ language, file }: { language: DocumentLanguage; file: File }) => {
      const body = new FormData();
      body.append('file', file);
      return api(`/email/attachments?language=${language}`, {
        method: 'POST',
        body,
        schema: emailSettingsSchema,
      });
    },
    onSuccess: store,
  });
}

export function useDeleteEmailAttachment() {
  const store = useStoreSettings();
  return useMutation({
    mutationFn: (id: string) =>
      api(`/email/attachments/${id}`, { method: 'DELETE', schema: emailSettingsSchema }),
    onSuccess: store,
  });
}

export const attachmentPath = (id: string) => `/email/attachments/${id}`;

// ---- Texts --------------------------------------------------------------------------------------

const templatesKey = (organizationId: string) => ['emailTemplates', organizationId] as const;

export function emailTemplatesQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: templatesKey(organizationId),
    queryFn: () => api('/email/templates', { schema: z.array(emailTemplateSchema) }),
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
      api(`/email/templates/${kind}/${language}`, {
        method: 'PUT',
        body,
        schema: emailTemplateSchema,
      }),
    onSuccess: store,
  });
}

export function useResetEmailTemplate(kind: EmailTemplateKind, language: DocumentLanguage) {
  const store = useStoreTemplate();
  return useMutation({
    mutationFn: () =>
      api(`/email/templates/${kind}/${language}`, {
        method: 'DELETE',
        schema: emailTemplateSchema,
      }),
    onSuccess: store,
  });
}

export function usePreviewEmail() {
  return useMutation({
    mutationFn: (body: EmailPreviewRequest) =>
      api('/email/preview', { method: 'POST', body, schema: emailPreviewSchema }),
  });
}

// ---- A document's e-mails -----------------------------------------------------------------------

/** Under the documents key, so a finalisation or a save reads the form's defaults again. */
export function emailDraftQueryOptions(organizationId: string, type: DocumentType, id: string) {
  return queryOptions({
    queryKey: [...documentsKey(organizationId), 'emailDraft', type, id],
    queryFn: () => api(`/${DOCUMENT_API_PATHS[type]}/${id}/email`, { schema: emailDraftSchema }),
  });
}

const POLL_MS = 3000;
const inFlight = (messages: EmailMessage[] | undefined) =>
  Boolean(messages?.some((m) => m.status === 'queued' || m.status === 'sending'));

/** Polled while a message is on its way. */
export function documentEmailsQueryOptions(organizationId: string, type: DocumentType, id: string) {
  return queryOptions({
    queryKey: [...documentsKey(organizationId), 'emails', type, id],
    queryFn: () =>
      api(`/${DOCUMENT_API_PATHS[type]}/${id}/emails`, { schema: emailMessageListSchema }),
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
      api(`/${DOCUMENT_API_PATHS[type]}/${id}/email${finalize ? '?finalize=true' : ''}`, {
        method: 'POST',
        body,
        schema: emailMessageSchema,
      }),
    onSuccess: refresh,
  });
}

export function useRetryEmail(type: DocumentType, id: string) {
  const refresh = useRefreshDocuments();
  return useMutation({
    mutationFn: (emailId: string) =>
      api(`/${DOCUMENT_API_PATHS[type]}/${id}/emails/${emailId}/retry`, {
        method: 'POST',
        schema: emailMessageSchema,
      }),
    onSuccess: refresh,
  });
}

// ---- Built-in mailbox ---------------------------------------------------------------------------

export function mailboxQueryOptions(organizationId: string, page: number) {
  return queryOptions({
    queryKey: ['mailbox', organizationId, 'list', page],
    queryFn: () => api(`/mailbox?page=${page}&pageSize=25`, { schema: mailboxPageSchema }),
    placeholderData: keepPreviousData,
  });
}

export function mailboxMessageQueryOptions(organizationId: string, id: string) {
  return queryOptions({
    queryKey: ['mailbox', organizationId, 'message', id],
    queryFn: () => api(`/mailbox/${id}`, { schema: mailboxMessageSchema }),
  });
}

export const mailboxAttachmentPath = (id: string, index: number) =>
  `/mailbox/${id}/attachments/${index}`;
