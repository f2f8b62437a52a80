import { z } from 'zod';
import type { Module } from '../auth.js';
import { idParamsSchema } from '../customers.js';
import {
  accountantExportQuerySchema,
  inboxDocumentSchema,
  inboxListQuerySchema,
  inboxPageSchema,
  peppolDocumentStatusSchema,
  peppolSettingsRequestSchema,
  peppolSettingsSchema,
  purchaseInvoiceSchema,
  rejectInboxRequestSchema,
} from '../einvoicing.js';

import { defineRoutes } from './define.js';

/** The UBL and PEPPOL routes of one sales document kind, under its path and module. */
function peppolOfKind<const P extends string, const M extends Module>(path: P, module: M) {
  return {
    ubl: {
      method: 'GET',
      path: `/${path}/:id/ubl`,
      access: module,
      tags: [path],
      summary: 'The document as PEPPOL BIS Billing 3.0 UBL, with its PDF embedded',
      params: idParamsSchema,
      file: 'application/xml',
    },
    status: {
      method: 'GET',
      path: `/${path}/:id/peppol`,
      access: module,
      tags: [path],
      summary: 'PEPPOL readiness (problems to fix, in the user’s language) and sending status',
      params: idParamsSchema,
      response: peppolDocumentStatusSchema,
    },
    send: {
      method: 'POST',
      path: `/${path}/:id/peppol/send`,
      access: module,
      tags: [path],
      summary: 'Send via PEPPOL: checked, queued once, delivered by a background job',
      params: idParamsSchema,
      response: peppolDocumentStatusSchema,
      status: 202,
    },
  } as const;
}

const invoice = peppolOfKind('invoices', 'invoices');
const creditNote = peppolOfKind('credit-notes', 'creditNotes');

/** Sending invoices and credit notes over PEPPOL, and the company's access point. */
export const peppolRoutes = defineRoutes(
  'peppol',
  {
    invoiceUbl: invoice.ubl,
    invoiceStatus: invoice.status,
    invoiceSend: invoice.send,
    creditNoteUbl: creditNote.ubl,
    creditNoteStatus: creditNote.status,
    creditNoteSend: creditNote.send,
    getSettings: {
      method: 'GET',
      path: '/peppol/settings',
      access: 'settings',
      summary: 'The company’s PEPPOL access point and identity',
      response: peppolSettingsSchema,
    },
    saveSettings: {
      method: 'PUT',
      path: '/peppol/settings',
      access: 'settings',
      summary: 'Connect or change the access point (the secret is stored encrypted)',
      body: peppolSettingsRequestSchema,
      response: peppolSettingsSchema,
    },
    deleteSettings: {
      method: 'DELETE',
      path: '/peppol/settings',
      access: 'settings',
      summary: 'Disconnect the access point',
    },
    register: {
      method: 'POST',
      path: '/peppol/settings/register',
      access: 'settings',
      summary: 'Register the company’s PEPPOL id with the access point, to receive documents',
      response: peppolSettingsSchema,
    },
  },
  { app: 'peppol' },
);

/** Received e-invoices: uploaded, or fetched from the access point. */
export const inboxRoutes = defineRoutes(
  'inbox',
  {
    list: {
      method: 'GET',
      path: '/inbox',
      access: 'purchases',
      summary: 'Received e-invoices, newest first',
      query: inboxListQuerySchema,
      response: inboxPageSchema,
    },
    upload: {
      method: 'POST',
      path: '/inbox',
      access: 'purchases',
      summary: 'Upload a UBL invoice or credit note (multipart field "file")',
      multipart: true,
      response: inboxDocumentSchema,
      // 200 with the entry already there when the same document is uploaded again.
      status: 201,
    },
    poll: {
      method: 'POST',
      path: '/inbox/poll',
      access: 'purchases',
      summary: 'Fetch what the access point received for the company now',
      response: z.object({ received: z.number().int() }),
    },
    get: {
      method: 'GET',
      path: '/inbox/:id',
      access: 'purchases',
      summary: 'A received document, read from its original XML',
      params: idParamsSchema,
      response: inboxDocumentSchema,
    },
    xml: {
      method: 'GET',
      path: '/inbox/:id/xml',
      access: 'purchases',
      summary: 'The original XML',
      params: idParamsSchema,
      file: 'application/xml',
    },
    pdf: {
      method: 'GET',
      path: '/inbox/:id/pdf',
      access: 'purchases',
      summary: 'The PDF embedded by the sender',
      params: idParamsSchema,
      file: 'application/pdf',
    },
    accept: {
      method: 'POST',
      path: '/inbox/:id/accept',
      access: 'purchases',
      summary: 'Record the document as a purchase invoice (supplier found or created)',
      params: idParamsSchema,
      response: purchaseInvoiceSchema,
    },
    reject: {
      method: 'POST',
      path: '/inbox/:id/reject',
      access: 'purchases',
      summary: 'Reject the document, with the reason',
      params: idParamsSchema,
      body: rejectInboxRequestSchema,
      response: inboxDocumentSchema,
    },
  },
  { app: 'peppol' },
);

/** For the accountant: UBL and PDF of every sale and purchase, so it reads all three modules. */
export const accountantExportRoutes = defineRoutes('exports', {
  zip: {
    method: 'GET',
    path: '/exports/accountant',
    access: ['reports', 'invoices', 'creditNotes', 'purchases'],
    summary: 'ZIP of the period for the accountant: UBL and PDF of every sale and purchase',
    query: accountantExportQuerySchema,
    file: 'application/zip',
  },
});

/**
 * The access point's calls (documents received, delivery reports, registration), at the URL
 * registered with it. The path carries the organization's unguessable token and the body the
 * provider's signature over its exact bytes; every event is safe to receive twice.
 */
export const peppolWebhookRoutes = defineRoutes('peppol', {
  receive: {
    method: 'POST',
    path: '/peppol/webhook/:token',
    access: 'public',
    signed: true,
    base: '/api',
    hidden: true,
    summary: 'An event from the access point, signed by it',
    params: z.object({ token: z.string() }),
    response: z.object({ ok: z.literal(true) }),
  },
});
