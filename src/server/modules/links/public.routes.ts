import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  errorResponseSchema,
  publicDocumentSchema,
  publicTokenParamsSchema,
  signRequestSchema,
  unlockRequestSchema,
} from '../../../contract/index.js';
import type { Api } from '../../platform/route-types.js';
import { ACCESS_COOKIE } from './link-secrets.js';
import type { PublicDocumentsService, Visitor } from './public.service.js';

const errors = {
  400: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  429: errorResponseSchema,
} as const;

/**
 * The customer's side of a link, without login: `/api/public/documents/{token}`. Every route is
 * `public` for the auth plugin, which still checks the CSRF double submit on the POSTs; the
 * secret in the path and, by default, the e-mail check (a short-lived, encrypted cookie scoped
 * to this link's path) are the authorization. Answers are never cached.
 */
export async function publicDocumentRoutes(
  app: Api,
  deps: { documents: PublicDocumentsService; secureCookies: boolean },
): Promise<void> {
  await app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.addHook('onSend', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    });
    const config = { access: 'public' as const };
    const tags = ['public documents'];
    const visitor = (request: { ip: string; cookies: Record<string, string | undefined> }) =>
      ({ ip: request.ip, cookie: request.cookies[ACCESS_COOKIE] }) satisfies Visitor;

    scope.post('/api/public/documents/:token/unlock', {
      config,
      schema: {
        tags,
        summary: 'Pass the extra check with the address the document was sent to',
        params: publicTokenParamsSchema,
        body: unlockRequestSchema,
        response: { 204: z.null(), ...errors },
      },
      handler: async (request, reply) => {
        const { token } = request.params;
        const value = await deps.documents.unlock(token, request.body.email, visitor(request));
        reply.setCookie(ACCESS_COOKIE, value, {
          path: `/api/public/documents/${token}`,
          httpOnly: true,
          sameSite: 'lax',
          secure: deps.secureCookies,
          maxAge: deps.documents.accessSeconds,
        });
        return reply.code(204).send(null);
      },
    });

    scope.get('/api/public/documents/:token', {
      config,
      schema: {
        tags,
        summary: 'The document as the customer sees it (404 until the extra check is passed)',
        params: publicTokenParamsSchema,
        response: { 200: publicDocumentSchema, ...errors },
      },
      handler: async (request) => deps.documents.open(request.params.token, visitor(request)),
    });

    scope.get('/api/public/documents/:token/pdf', {
      config,
      schema: {
        tags,
        summary: 'The document’s PDF, as a download',
        params: publicTokenParamsSchema,
        produces: ['application/pdf'],
      },
      handler: async (request, reply) => {
        const pdf = await deps.documents.pdf(request.params.token, visitor(request));
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${pdf.filename}"`)
          .send(pdf.data);
      },
    });

    scope.post('/api/public/documents/:token/sign', {
      config,
      schema: {
        tags,
        summary: 'Sign a quote with a drawn signature (PNG ≤ 200 kB) and the signer’s name',
        params: publicTokenParamsSchema,
        body: signRequestSchema,
        response: { 200: publicDocumentSchema, ...errors },
      },
      handler: async (request) =>
        deps.documents.sign(request.params.token, request.body, visitor(request)),
    });
  });
}
