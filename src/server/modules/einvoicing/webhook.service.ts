import type { IncomingHttpHeaders } from 'node:http';
import type { Deps } from '../../deps.js';
import { NotFound, Unauthenticated } from '../../platform/errors.js';
import { accessPointOf } from './access-point-factory.js';
import type { InboxService } from './inbox.service.js';
import { findSettingsByWebhookToken } from './peppol.repository.js';
import type { PeppolService } from './peppol.service.js';

/** The tokens in webhook URLs are 32 characters; anything far off is no token of ours. */
const TOKEN_LENGTH = { min: 16, max: 100 };

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
      if (token.length < TOKEN_LENGTH.min || token.length > TOKEN_LENGTH.max)
        throw NotFound('error.notFound');
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
