import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import {
  AccessPointError,
  type TransmissionStatus,
  type WebhookEvent,
  type WebhookHeaders,
} from './access-point.js';
import { deliveryStatusSchema, webhookBodySchema } from './recommand-schemas.js';

/**
 * Recommand signs a webhook when the webhook has a secret: `X-Signature: sha256=<hex>`, the
 * HMAC-SHA256 of the raw body (documented on the webhook object's `secret` field). Each delivery
 * carries `X-Idempotency-Key`, the id of the delivery, which its retries reuse
 * (recommand-core `data/rules/deliveries.ts`). There is no timestamp, so replays cannot be
 * refused by age: the caller deduplicates on the event id instead.
 */
export const RECOMMAND_SIGNATURE_HEADER = 'x-signature';
export const RECOMMAND_DELIVERY_ID_HEADER = 'x-idempotency-key';

function header(headers: WebhookHeaders, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

function hmac(secret: string, body: Buffer): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

/** The header value Recommand would send for this body (used by the local test server). */
export function signRecommandWebhook(secret: string, rawBody: string | Buffer): string {
  const body = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
  return `sha256=${hmac(secret, body).toString('hex')}`;
}

function verifySignature(secret: string, signature: string | undefined, body: Buffer): boolean {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(signature?.trim() ?? '');
  if (!match?.[1]) return false;
  // Both sides are 32 bytes, so the comparison time says nothing about the secret.
  return timingSafeEqual(Buffer.from(match[1], 'hex'), hmac(secret, body));
}

const DELIVERY_STATUS: Record<'pending' | 'delivered' | 'failed', TransmissionStatus> = {
  pending: 'sent',
  delivered: 'delivered',
  failed: 'failed',
};

export function parseRecommandWebhook(
  secret: string | undefined,
  headers: WebhookHeaders,
  rawBody: string | Buffer,
): WebhookEvent {
  // Recommand only signs when the webhook has a secret; unsigned ones cannot be trusted.
  if (!secret) {
    throw new AccessPointError(
      'unauthorized',
      'Recommand webhook refused: no webhook secret is configured',
    );
  }
  const body = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
  if (!verifySignature(secret, header(headers, RECOMMAND_SIGNATURE_HEADER), body)) {
    throw new AccessPointError(
      'unauthorized',
      'Recommand webhook refused: bad or missing signature',
    );
  }

  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new AccessPointError('protocol', 'Recommand webhook body is not JSON');
  }
  const parsed = webhookBodySchema.safeParse(json);
  if (!parsed.success) {
    throw new AccessPointError('protocol', 'Recommand webhook body has no eventType');
  }
  const event = parsed.data;

  const deliveryId = header(headers, RECOMMAND_DELIVERY_ID_HEADER)?.trim();
  // Without the header, the body itself identifies the event: a redelivery has the same bytes.
  const id = deliveryId
    ? `recommand:${deliveryId}`
    : `recommand:sha256:${createHash('sha256').update(body).digest('hex')}`;

  const needDocument = (): string => {
    if (!event.documentId) {
      throw new AccessPointError(
        'protocol',
        `Recommand webhook ${event.eventType} has no documentId`,
      );
    }
    return event.documentId;
  };

  switch (event.eventType) {
    case 'document.received':
      return { id, kind: 'documentReceived', documentId: needDocument() };
    case 'document.sent': {
      const status = event.deliveryStatus ? DELIVERY_STATUS[event.deliveryStatus] : undefined;
      return {
        id,
        kind: 'transmissionUpdated',
        transmissionId: needDocument(),
        ...(status ? { status } : {}),
      };
    }
    case 'document.delivery_status_changed': {
      // Email deliveries (Recommand's fallback channel) are not our PEPPOL transmission.
      if (event.channel && event.channel !== 'peppol') {
        return { id, kind: 'ignored', providerType: `${event.eventType}:${event.channel}` };
      }
      const reported = deliveryStatusSchema.safeParse(event.status);
      const status = reported.success ? DELIVERY_STATUS[reported.data] : undefined;
      const error = event.failure?.message ?? event.failure?.category ?? undefined;
      return {
        id,
        kind: 'transmissionUpdated',
        transmissionId: needDocument(),
        ...(status ? { status } : {}),
        ...(status === 'failed' && error ? { error } : {}),
      };
    }
    case 'company.verification': {
      if (!event.companyId || !event.status) {
        throw new AccessPointError(
          'protocol',
          'Recommand webhook company.verification is incomplete',
        );
      }
      if (event.status === 'verified') {
        return {
          id,
          kind: 'registrationUpdated',
          providerCompanyId: event.companyId,
          status: 'registered',
        };
      }
      // `rejected` (identity check refused) or `error` (a Peppol network operation failed).
      return {
        id,
        kind: 'registrationUpdated',
        providerCompanyId: event.companyId,
        status: 'failed',
        error: event.errorMessage ?? `Verification ${event.status ?? 'failed'}`,
      };
    }
    default:
      return { id, kind: 'ignored', providerType: event.eventType };
  }
}
