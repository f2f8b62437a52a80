import { perDocumentKind } from '../document-kinds.js';
import { idParamsSchema } from '../customers.js';
import {
  createLinkRequestSchema,
  documentHistorySchema,
  documentLinkSchema,
  documentLinkStatusSchema,
  linkSettingsRequestSchema,
  linkSettingsSchema,
  publicDocumentSchema,
  publicTokenParamsSchema,
  signRequestSchema,
  unlockRequestSchema,
} from '../links.js';
import { defineRoutes } from './define.js';

/** Each document type's public link and history, under its path and module. */
export const documentLinkRoutes = perDocumentKind((_type, { path, module }) =>
  defineRoutes(path, {
    status: {
      method: 'GET',
      path: `/${path}/:id/link`,
      access: module,
      summary: 'The public link’s state (without its URL) and the signature, if any',
      params: idParamsSchema,
      response: documentLinkStatusSchema,
    },
    create: {
      method: 'POST',
      path: `/${path}/:id/link`,
      access: module,
      summary:
        'Create the public link (201), or return the active one (200); `regenerate` replaces it',
      params: idParamsSchema,
      body: createLinkRequestSchema,
      response: documentLinkSchema,
      status: 201,
    },
    revoke: {
      method: 'DELETE',
      path: `/${path}/:id/link`,
      access: module,
      summary: 'Revoke the public link: its URL stops working at once',
      params: idParamsSchema,
    },
    history: {
      method: 'GET',
      path: `/${path}/:id/history`,
      access: module,
      summary: 'What happened to the document: changes, links, openings, signature',
      params: idParamsSchema,
      response: documentHistorySchema,
    },
  }),
);

/** The organization's setting for shared links. */
export const linkSettingsRoutes = defineRoutes('settings', {
  get: {
    method: 'GET',
    path: '/settings/links',
    access: 'settings',
    summary: 'Secure links: whether visitors must type the address the document was sent to',
    response: linkSettingsSchema,
  },
  update: {
    method: 'PUT',
    path: '/settings/links',
    access: 'settings',
    summary: 'Switch the extra e-mail check of shared links on or off',
    body: linkSettingsRequestSchema,
    response: linkSettingsSchema,
  },
});

/**
 * The customer's side of a link, without login, outside `/api/v1`: the secret in the path and,
 * by default, the e-mail check (a short-lived cookie scoped to the link's path) authorize.
 */
export const publicDocumentRoutes = defineRoutes('public documents', {
  unlock: {
    method: 'POST',
    base: '/api/public',
    path: '/documents/:token/unlock',
    access: 'public',
    throttled: true,
    summary: 'Pass the extra check with the address the document was sent to',
    params: publicTokenParamsSchema,
    body: unlockRequestSchema,
  },
  open: {
    method: 'GET',
    base: '/api/public',
    path: '/documents/:token',
    access: 'public',
    summary: 'The document as the customer sees it (404 until the extra check is passed)',
    params: publicTokenParamsSchema,
    response: publicDocumentSchema,
  },
  pdf: {
    method: 'GET',
    base: '/api/public',
    path: '/documents/:token/pdf',
    access: 'public',
    summary: 'The document’s PDF, as a download',
    params: publicTokenParamsSchema,
    file: 'application/pdf',
  },
  sign: {
    method: 'POST',
    base: '/api/public',
    path: '/documents/:token/sign',
    access: 'public',
    summary: 'Sign a quote with a drawn signature (PNG ≤ 200 kB) and the signer’s name',
    params: publicTokenParamsSchema,
    body: signRequestSchema,
    response: publicDocumentSchema,
  },
});
