import type { Tx } from '../../db/tenant.js';
import type { LinksService } from './links.service.js';

export { documentLinkHandlers, linkSettingsHandlers } from './links.routes.js';
export { createLinksService, type LinksService } from './links.service.js';
export { mountPublicDocumentRoutes } from './public.routes.js';
export { createPublicDocumentsService, type PublicDocumentsService } from './public.service.js';

let current: LinksService | null = null;

/** Called by `buildApp` once the links service exists (one app per process in production). */
export function useLinksService(service: LinksService): void {
  current = service;
}

/**
 * For the e-mail engine: the absolute URL (`FACTO_PUBLIC_URL`/d/<secret>) of the document's
 * public link, created when it has no active one, with `recipients` (lower-cased) recorded as
 * the addresses that pass the extra check. Runs in the caller's tenant transaction. The same URL
 * comes back for every later e-mail until the link is regenerated or revoked (the secret is
 * kept sealed beside its hash). Equivalent to `LinksService.documentLink` of the running app.
 */
export function documentLink(
  trx: Tx,
  organizationId: string,
  documentId: string,
  recipients: string[],
): Promise<string> {
  if (!current) throw new Error('The links module is not set up (buildApp registers it)');
  return current.documentLink(trx, organizationId, documentId, recipients);
}
