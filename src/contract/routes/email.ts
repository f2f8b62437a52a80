import { z } from 'zod';
import type { Module } from '../auth.js';
import { idParamsSchema } from '../customers.js';
import { perDocumentKind } from '../document-kinds.js';
import type { DocumentType } from '../documents.js';
import {
  EMAIL_ATTACHMENT_MAX_BYTES,
  emailAttachmentQuerySchema,
  emailDraftSchema,
  emailMessageListSchema,
  emailMessageParamsSchema,
  emailMessageSchema,
  emailPreviewRequestSchema,
  emailPreviewSchema,
  emailSettingsRequestSchema,
  emailSettingsSchema,
  emailTemplateParamsSchema,
  emailTemplateRequestSchema,
  emailTemplateSchema,
  emailTestRequestSchema,
  emailTestResultSchema,
  mailboxAttachmentParamsSchema,
  mailboxMessageSchema,
  mailboxPageSchema,
  mailboxQuerySchema,
  sendEmailQuerySchema,
  sendEmailRequestSchema,
} from '../email.js';

import { defineRoutes } from './define.js';

/** Settings → E-mail (how to send, texts, automatic attachments) and the built-in mailbox. */
export const emailRoutes = defineRoutes('email', {
  settings: {
    method: 'GET',
    path: '/email/settings',
    access: 'settings',
    summary: 'How the company sends e-mail, default copies and automatic attachments',
    response: emailSettingsSchema,
  },
  saveSettings: {
    method: 'PUT',
    path: '/email/settings',
    access: 'settings',
    summary: 'Choose the general sender or the company’s SMTP server; default cc and bcc',
    body: emailSettingsRequestSchema,
    response: emailSettingsSchema,
  },
  test: {
    method: 'POST',
    path: '/email/settings/test',
    access: 'settings',
    summary: 'Send a test e-mail with the given (or saved) settings; the server’s answer',
    body: emailTestRequestSchema,
    response: emailTestResultSchema,
  },
  addAttachment: {
    method: 'POST',
    path: '/email/attachments',
    access: 'settings',
    summary: `Add a PDF (at most ${EMAIL_ATTACHMENT_MAX_BYTES} bytes) sent with every e-mail in a language (multipart field "file")`,
    query: emailAttachmentQuerySchema,
    multipart: true,
    response: emailSettingsSchema,
    status: 201,
  },
  attachment: {
    method: 'GET',
    path: '/email/attachments/:id',
    access: 'settings',
    summary: 'An automatic attachment',
    params: idParamsSchema,
    file: 'application/pdf',
  },
  removeAttachment: {
    method: 'DELETE',
    path: '/email/attachments/:id',
    access: 'settings',
    summary: 'Remove an automatic attachment',
    params: idParamsSchema,
    response: emailSettingsSchema,
  },
  templates: {
    method: 'GET',
    path: '/email/templates',
    access: 'settings',
    summary: 'E-mail texts per document type and language (built-in until changed)',
    response: z.array(emailTemplateSchema),
  },
  saveTemplate: {
    method: 'PUT',
    path: '/email/templates/:kind/:language',
    access: 'settings',
    summary: 'Change a text; unknown tags are refused',
    params: emailTemplateParamsSchema,
    body: emailTemplateRequestSchema,
    response: emailTemplateSchema,
  },
  resetTemplate: {
    method: 'DELETE',
    path: '/email/templates/:kind/:language',
    access: 'settings',
    summary: 'Back to the built-in text',
    params: emailTemplateParamsSchema,
    response: emailTemplateSchema,
  },
  preview: {
    method: 'POST',
    path: '/email/preview',
    // Filled with a real document: the service also asks for that document's module.
    access: 'settings',
    summary: 'A text filled with a real document (the latest of its type unless given)',
    body: emailPreviewRequestSchema,
    response: emailPreviewSchema,
  },
  mailbox: {
    method: 'GET',
    path: '/mailbox',
    access: 'member',
    summary: 'The built-in mailbox: what would have been sent without an SMTP server',
    query: mailboxQuerySchema,
    response: mailboxPageSchema,
  },
  mailboxMessage: {
    method: 'GET',
    path: '/mailbox/:id',
    access: 'member',
    summary: 'One message of the built-in mailbox, text and HTML',
    params: idParamsSchema,
    response: mailboxMessageSchema,
  },
  mailboxAttachment: {
    method: 'GET',
    path: '/mailbox/:id/attachments/:index',
    access: 'member',
    summary: 'An attachment of a message in the built-in mailbox',
    params: mailboxAttachmentParamsSchema,
    // A PDF, a UBL file or an image: the answer names its own type.
    file: 'application/octet-stream',
  },
});

/** A document type's e-mail routes, under its own path and tag (`/invoices/:id/email`…). */
function documentEmailRoutes<const P extends string, const M extends Module>(path: P, access: M) {
  return defineRoutes(path, {
    draft: {
      method: 'GET',
      path: `/${path}/:id/email`,
      access,
      summary: 'What “Send by e-mail” starts with: the customer’s address and the texts',
      params: idParamsSchema,
      response: emailDraftSchema,
    },
    send: {
      method: 'POST',
      path: `/${path}/:id/email`,
      access,
      summary:
        'Send the document by e-mail (PDF attached; UBL optional); `?finalize=true` finalises a draft first',
      params: idParamsSchema,
      query: sendEmailQuerySchema,
      body: sendEmailRequestSchema,
      response: emailMessageSchema,
      status: 202,
    },
    list: {
      method: 'GET',
      path: `/${path}/:id/emails`,
      access,
      summary: 'Every e-mail of the document, newest first',
      params: idParamsSchema,
      response: emailMessageListSchema,
    },
    retry: {
      method: 'POST',
      path: `/${path}/:id/emails/:emailId/retry`,
      access,
      summary: 'Send a failed e-mail again',
      params: emailMessageParamsSchema,
      response: emailMessageSchema,
      status: 202,
    },
  });
}

/** The e-mail routes of each document type; the same four routes, one table per type. */
export const documentEmailRouteTables = perDocumentKind((_type, { path, module }) =>
  documentEmailRoutes(path, module),
);

export type DocumentEmailRoutes = (typeof documentEmailRouteTables)[DocumentType];
