import type { PeppolSettings, PeppolSettingsRequest } from '../../../contract/index.js';
import { normalizeEnterpriseNumber } from '../../../core/identifiers/index.js';

export interface PeppolSettingsValues {
  environment: PeppolSettings['environment'];
  baseUrl: string;
  apiKey: string;
  /** Write-only: empty keeps the stored secret. */
  apiSecret: string;
  /** Write-only too: the secret the provider signs the documents it delivers with. */
  webhookSecret: string;
  companyId: string;
  participantId: string;
}

/** `0208:` + the enterprise number: the id every Belgian company is reached at. */
export function derivedParticipantId(enterpriseNumber: string | null): string | null {
  return enterpriseNumber ? `0208:${normalizeEnterpriseNumber(enterpriseNumber)}` : null;
}

export function toPeppolSettingsValues(settings: PeppolSettings): PeppolSettingsValues {
  return {
    environment: settings.environment,
    baseUrl: settings.baseUrl,
    apiKey: settings.apiKey,
    apiSecret: '',
    webhookSecret: '',
    companyId: settings.companyId ?? '',
    participantId: settings.participantId,
  };
}

/**
 * The participant id is sent only when it differs from the derived one, so it keeps following
 * the enterprise number otherwise.
 */
export function toPeppolSettingsRequest(
  values: PeppolSettingsValues,
  derived: string | null,
): PeppolSettingsRequest {
  const participantId = values.participantId.trim();
  return {
    environment: values.environment,
    baseUrl: values.baseUrl.trim(),
    apiKey: values.apiKey.trim(),
    apiSecret: values.apiSecret || undefined,
    webhookSecret: values.webhookSecret || undefined,
    companyId: values.companyId.trim() || null,
    participantId: participantId && participantId !== derived ? participantId : null,
  };
}
