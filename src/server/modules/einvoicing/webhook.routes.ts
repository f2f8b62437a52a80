import { z } from 'zod';
import { textSchema } from '../../../contract/index.js';
import type { Database } from '../../db/database.js';
import { Unauthenticated, NotFound } from '../../platform/errors.js';
import type { Api } from '../../platform/route-types.js';
import type { SecretBox } from '../../platform/secrets.js';
import { accessPointOf } from './access-point-factory.js';
import type { InboxService } from './inbox.service.js';
import type { PeppolService } from './peppol.service.js';

const paramsSchema = z.object({ token: textSchema({ max: 100, trim: false }).min(16) });

/**
 * The access point's calls (documents received, delivery reports, registration). The URL carries
 * the organization's unguessable token and the body the provider's signature; every event is
 * safe to receive twice. No session, so no CSRF check: the signature is the authentication.
 */
export async function webhookRoutes(
  app: Api,
  deps: { db: Database; secrets: SecretBox; peppol: PeppolService; inbox: InboxService },
): Promise<void> {
  await app.register(async (scope) => {
    // The signature covers the exact bytes received: keep them as they came.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: 1024 * 1024 },
      (_r, body, done) => done(null, body),
    );
    scope.post('/api/peppol/webhook/:token', {
      schema: { hide: true },
      handler: async (request, reply) => {
        const params = paramsSchema.safeParse(request.params);
        if (!params.success) throw NotFound('error.notFound');
        // Looked up outside any tenant: the token is what identifies the organization.
        const row = await deps.db
          .selectFrom('peppol_settings')
          .selectAll()
          .where('webhook_token', '=', params.data.token)
          .executeTakeFirst();
        if (!row) throw NotFound('error.notFound');
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        let event;
        try {
          event = accessPointOf(row, deps.secrets).parseWebhook(request.headers, body);
        } catch {
          throw Unauthenticated('error.webhookRefused');
        }
        switch (event.kind) {
          case 'documentReceived':
            await deps.inbox.pollLater(row.organization_id);
            break;
          case 'transmissionUpdated':
            await deps.peppol.transmissionUpdate(
              row.organization_id,
              event.transmissionId,
              event.status,
              event.error,
            );
            break;
          case 'registrationUpdated':
            await deps.peppol.registrationUpdate(row.organization_id, event.status, event.error);
            break;
          case 'ignored':
            break;
        }
        return reply.send({ ok: true });
      },
    });
  });
}
