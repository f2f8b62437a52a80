import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { publicDocumentRoutes } from '../../../contract/index.js';
import { mountRoutes, type Handlers } from '../../platform/mount-routes.js';
import type { Api } from '../../platform/route-types.js';
import { ACCESS_COOKIE } from './link-secrets.js';
import type { PublicDocumentsService, Visitor } from './public.service.js';

interface Deps {
  documents: PublicDocumentsService;
  secureCookies: boolean;
}

const visitor = (request: { ip: string; cookies: Record<string, string | undefined> }) =>
  ({ ip: request.ip, cookie: request.cookies[ACCESS_COOKIE] }) satisfies Visitor;

/** The handlers of `publicDocumentRoutes` (src/contract/routes/links.ts). */
function publicDocumentHandlers(deps: Deps): Handlers<typeof publicDocumentRoutes> {
  return {
    unlock: async (request, reply) => {
      const { token } = request.params;
      const value = await deps.documents.unlock(token, request.body.email, visitor(request));
      reply.setCookie(ACCESS_COOKIE, value, {
        path: `${publicDocumentRoutes.open.base}/documents/${token}`,
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.secureCookies,
        maxAge: deps.documents.accessSeconds,
      });
    },

    open: async (request) => deps.documents.open(request.params.token, visitor(request)),

    pdf: async (request, reply) => {
      const pdf = await deps.documents.pdf(request.params.token, visitor(request));
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${pdf.filename}"`)
        .send(pdf.data);
    },

    sign: async (request) =>
      deps.documents.sign(request.params.token, request.body, visitor(request)),
  };
}

/**
 * The customer's side of a link, without login. Every route is `public` for the auth plugin,
 * which still checks the CSRF double submit on the POSTs; the secret in the path and, by
 * default, the e-mail check (a short-lived, encrypted cookie scoped to this link's path) are the
 * authorization. Answers are never cached nor framed.
 */
export async function mountPublicDocumentRoutes(app: Api, deps: Deps): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onSend', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    });
    mountRoutes(
      scope.withTypeProvider<ZodTypeProvider>(),
      publicDocumentRoutes,
      publicDocumentHandlers(deps),
    );
  });
}
