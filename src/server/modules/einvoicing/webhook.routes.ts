import { peppolWebhookRoutes } from '../../../contract/index.js';
import { mountRoutes, type Handlers } from '../../platform/mount-routes.js';
import type { Api } from '../../platform/route-types.js';
import type { PeppolWebhookService } from './webhook.service.js';

/** The handlers of `peppolWebhookRoutes` (src/contract/routes/einvoicing.ts). */
export function peppolWebhookHandlers(deps: {
  webhook: PeppolWebhookService;
}): Handlers<typeof peppolWebhookRoutes> {
  return {
    receive: async (request) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      await deps.webhook.receive(request.params.token, request.headers, body);
      return { ok: true };
    },
  };
}

/** Mounts the webhook in a scope of its own, where every body is kept as the raw bytes it came as. */
export async function mountPeppolWebhook(app: Api, webhook: PeppolWebhookService): Promise<void> {
  await app.register(async (scope) => {
    // The signature covers the exact bytes received: keep them as they came.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: 1024 * 1024 },
      (_r, body, done) => done(null, body),
    );
    mountRoutes(scope, peppolWebhookRoutes, peppolWebhookHandlers({ webhook }));
  });
}
