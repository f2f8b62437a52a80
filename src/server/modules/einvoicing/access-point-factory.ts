import type { Selectable } from 'kysely';
import type { PeppolSettings as PeppolSettingsTable } from '../../db/schema.generated.js';
import type { SecretBox } from '../../platform/secrets.js';
import type { AccessPoint } from './access-point/access-point.js';
import { createRecommandAccessPoint } from './access-point/recommand-access-point.js';

export type PeppolSettingsRow = Selectable<PeppolSettingsTable>;

/** The organization's access point client, built from its stored settings (secrets decrypted). */
export function accessPointOf(row: PeppolSettingsRow, secrets: SecretBox): AccessPoint {
  return createRecommandAccessPoint({
    baseUrl: row.base_url,
    apiKey: row.api_key,
    apiSecret: secrets.open(row.api_secret_encrypted),
    companyId: row.company_id ?? undefined,
    environment: row.environment as 'production' | 'test',
    webhookSecret: row.webhook_secret_encrypted
      ? secrets.open(row.webhook_secret_encrypted)
      : undefined,
    // The provider delivers within the send call; give it time before retrying.
    timeoutMs: 60_000,
  });
}
