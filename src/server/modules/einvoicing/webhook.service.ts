import type { IncomingHttpHeaders } from 'node:http';
import type { Deps } from '../../deps.js';
import { NotFound, Unauthenticated } from '../../platform/errors.js';
import { accessPointOf } from './access-point-factory.js';
import type { InboxService } from './inbox.service.js';
import { findSettingsByWebhookToken } from './peppol.repository.js';
import type { PeppolService } from './peppol.service.js';

/**
 * Our webhook tokens are 32 base64url characters; anything else (a NUL byte included, which the
 * database would refuse) is no token of ours and is not looked up.
 */
const TOKEN = /^[\w-]{16,100}$/;

/**
 * The access point's calls: the URL's token names the organization, the provider's signature
 * over the exact body authenticates the call; every event is safe to receive twice.
 */
export function createPeppolWebhookService(
  deps: Pick<Deps, 'db' | 'secrets'>,
  services: { peppol: PeppolService; inbox: InboxService },
) {
  return {
    async receive(token: string, headers: IncomingHttpHeaders, body: Buffer): Promise<void> {
      if (!TOKEN.test(token)) throw NotFound('error.notFound');
      const row = await findSettingsByWebhookToken(deps.db, token);
      if (!row) throw NotFound('error.notFound');
      let event;
      try {
        event = accessPointOf(row, deps.secrets).parseWebhook(headers, body);
      } catch {
        throw Unauthenticated('error.webhookRefused');
      }
      switch (event.kind) {
        case 'documentReceived':
          await services.inbox.pollLater(row.organization_id);
          break;
        case 'transmissionUpdated':
          await services.peppol.transmissionUpdate(
            row.organization_id,
            event.transmissionId,
            event.status,
            event.error,
          );
          break;
        case 'registrationUpdated':
          await services.peppol.registrationUpdate(row.organization_id, event.status, event.error);
          break;
        case 'ignored':
          break;
      }
    },
  };
}

export type PeppolWebhookService = ReturnType<typeof createPeppolWebhookService>;
