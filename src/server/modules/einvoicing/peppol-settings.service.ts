import crypto from 'node:crypto';
import type { PeppolSettings, PeppolSettingsRequest } from '../../../contract/index.js';
import { normalizeEnterpriseNumber } from '../../../core/identifiers/index.js';
import { withTenant } from '../../db/tenant.js';
import type { Actor, Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { InvalidState, Validation } from '../../platform/errors.js';
import { publicBaseUrl } from '../../platform/public-url.js';
import type { OrganizationsService } from '../organizations/index.js';
import { parseParticipantId } from './access-point/access-point.js';
import { RECOMMAND_DEFAULT_BASE_URL } from './access-point/recommand-config.js';
import { accessPointOf, type PeppolSettingsRow } from './access-point-factory.js';
import {
  deleteSettings,
  findSettings,
  insertSettings,
  updateSettings,
} from './peppol.repository.js';

export const errorMessageOf = (error: unknown) =>
  error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500);

/** The company's access point: connecting it, its identity, registering to receive. */
export function createPeppolSettingsService(
  deps: Pick<Deps, 'db' | 'clock' | 'secrets' | 'config'>,
  services: { organizations: OrganizationsService },
) {
  const { db, clock, secrets, config } = deps;

  async function derivedParticipantId(organizationId: string): Promise<string> {
    const organization = await services.organizations.get(organizationId);
    if (organization.enterpriseNumber && organization.address.country === 'BE')
      return `0208:${normalizeEnterpriseNumber(organization.enterpriseNumber)}`;
    return organization.vatNumber ? `9925:${organization.vatNumber.toLowerCase()}` : '';
  }

  function webhookUrl(token: string): string {
    return `${publicBaseUrl(config)}/api/peppol/webhook/${token}`;
  }

  async function toSettings(
    organizationId: string,
    row: PeppolSettingsRow | undefined,
  ): Promise<PeppolSettings> {
    return {
      configured: Boolean(row),
      provider: 'recommand',
      environment: (row?.environment ?? 'production') as PeppolSettings['environment'],
      baseUrl: row?.base_url ?? RECOMMAND_DEFAULT_BASE_URL,
      apiKey: row?.api_key ?? '',
      hasSecret: Boolean(row),
      companyId: row?.company_id ?? null,
      participantId: row?.participant_id ?? (await derivedParticipantId(organizationId)),
      registrationStatus: (row?.registration_status ??
        'unregistered') as PeppolSettings['registrationStatus'],
      registrationError: row?.registration_error ?? null,
      webhookUrl: row ? webhookUrl(row.webhook_token) : null,
    };
  }

  /** The stored settings (secrets sealed), for the other use cases of the module. */
  const settingsRow = (organizationId: string) =>
    withTenant(db, organizationId, (trx) => findSettings(trx, organizationId));

  return {
    settingsRow,

    async getSettings(organizationId: string): Promise<PeppolSettings> {
      return toSettings(organizationId, await settingsRow(organizationId));
    },

    async saveSettings(actor: Actor, input: PeppolSettingsRequest): Promise<PeppolSettings> {
      const participantId =
        input.participantId || (await derivedParticipantId(actor.organizationId));
      if (!participantId) {
        throw Validation({ participantId: 'validation.required' });
      }
      return withTenant(db, actor.organizationId, async (trx) => {
        const existing = await findSettings(trx, actor.organizationId);
        if (!existing && !input.apiSecret) {
          throw Validation({ apiSecret: 'validation.required' });
        }
        const now = clock.now();
        const values = {
          provider: 'recommand',
          environment: input.environment,
          base_url: input.baseUrl.replace(/\/+$/, ''),
          api_key: input.apiKey.trim(),
          api_secret_encrypted: input.apiSecret
            ? secrets.seal(input.apiSecret)
            : (existing?.api_secret_encrypted ?? ''),
          webhook_secret_encrypted: input.webhookSecret
            ? secrets.seal(input.webhookSecret)
            : (existing?.webhook_secret_encrypted ?? null),
          company_id: input.companyId ?? null,
          participant_id: participantId,
          updated_at: now,
        };
        if (existing) await updateSettings(trx, actor.organizationId, values);
        else
          await insertSettings(
            trx,
            actor.organizationId,
            values,
            crypto.randomBytes(24).toString('base64url'),
          );
        await writeAudit(trx, {
          organizationId: actor.organizationId,
          userId: actor.userId,
          action: 'peppol.settingsChanged',
          entityType: 'organization',
          entityId: actor.organizationId,
          ip: actor.ip,
          at: now,
        });
        return toSettings(actor.organizationId, await findSettings(trx, actor.organizationId));
      });
    },

    async deleteSettings(actor: Actor): Promise<void> {
      await withTenant(db, actor.organizationId, async (trx) => {
        await deleteSettings(trx, actor.organizationId);
        await writeAudit(trx, {
          organizationId: actor.organizationId,
          userId: actor.userId,
          action: 'peppol.disconnected',
          entityType: 'organization',
          entityId: actor.organizationId,
          ip: actor.ip,
          at: clock.now(),
        });
      });
    },

    /** Registers the company's participant id with the access point (receiving needs it). */
    async register(actor: Actor): Promise<PeppolSettings> {
      const row = await settingsRow(actor.organizationId);
      if (!row) throw InvalidState('error.peppolNotConfigured');
      const organization = await services.organizations.get(actor.organizationId);
      const participant = parseParticipantId(row.participant_id);
      if (!participant) throw InvalidState('error.peppolNotConfigured');
      let status: string;
      let error: string | null = null;
      let companyId = row.company_id;
      try {
        const address = organization.address;
        const result = await accessPointOf(row, secrets).registerParticipant(
          participant,
          organization.legalName,
          {
            address: [address.street, address.number].filter(Boolean).join(' '),
            postalCode: address.postalCode ?? '',
            city: address.city ?? '',
            country: address.country,
            ...(organization.vatNumber && { vatNumber: organization.vatNumber }),
            ...(organization.email && { email: organization.email }),
          },
        );
        status = result.status;
        error = result.error ?? null;
        companyId = result.providerCompanyId ?? companyId;
      } catch (failure) {
        status = 'failed';
        error = errorMessageOf(failure);
      }
      return withTenant(db, actor.organizationId, async (trx) => {
        await updateSettings(trx, actor.organizationId, {
          registration_status: status,
          registration_error: error,
          company_id: companyId,
          updated_at: clock.now(),
        });
        return toSettings(actor.organizationId, await findSettings(trx, actor.organizationId));
      });
    },

    /** The access point's answer to a registration (webhook). */
    async registrationUpdate(
      organizationId: string,
      status: 'registered' | 'failed',
      error: string | undefined,
    ): Promise<void> {
      await withTenant(db, organizationId, (trx) =>
        updateSettings(trx, organizationId, {
          registration_status: status,
          registration_error: error ?? null,
        }),
      );
    },
  };
}

export type PeppolSettingsService = ReturnType<typeof createPeppolSettingsService>;
