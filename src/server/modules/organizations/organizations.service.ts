import type { z } from 'zod';
import type {
  createOrganizationRequestSchema,
  Organization,
  UpdateOrganization,
} from '../../../contract/index.js';
import { LOGO_MAX_BYTES } from '../../../contract/index.js';
import { normalizeEnterpriseNumber } from '../../../core/identifiers/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { type DomainError, NotFound, Validation } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { listDocumentAccounts, syncDocumentAccounts } from '../payments/index.js';
import { companyNumbers } from './company-number.js';
import { checkLogo } from './logo-image.js';
import { setUpOrganization } from './organization-setup.js';
import {
  findOrganization,
  updateOrganizationRow,
  userLanguage,
  type OrganizationRow,
} from './organizations.repository.js';

type CreateOrganization = z.output<typeof createOrganizationRequestSchema>;
type DocumentAccount = Awaited<ReturnType<typeof listDocumentAccounts>>[number];

function toOrganization(row: OrganizationRow, accounts: DocumentAccount[]): Organization {
  return {
    id: row.id,
    legalName: row.legal_name,
    legalForm: row.legal_form as Organization['legalForm'],
    enterpriseNumber: row.enterprise_number,
    vatNumber: row.vat_number,
    vatRegime: row.vat_regime as Organization['vatRegime'],
    address: {
      street: row.street,
      number: row.street_number,
      box: row.box,
      postalCode: row.postal_code,
      city: row.city,
      country: row.country,
    },
    phone: row.phone,
    email: row.email,
    website: row.website,
    registerCourt: row.register_court,
    defaultLanguage: row.default_language as Organization['defaultLanguage'],
    currency: row.currency as Organization['currency'],
    defaultVatRate: row.default_vat_rate as Organization['defaultVatRate'],
    // The company's bank accounts printed on documents (the one list of accounts, see payments).
    bankAccounts: accounts.map((a) => ({
      id: a.id,
      iban: a.iban ?? '',
      bic: a.bic,
      label: a.name === a.iban ? null : a.name,
      isDefault: a.is_default,
    })),
    // The storage key changes with every upload, so it doubles as a cache-busting version.
    logoUrl: row.logo_key
      ? `/api/v1/organization/logo?v=${encodeURIComponent(row.logo_key.split('/').pop() ?? '')}`
      : null,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function createOrganizationsService({ db, clock, storage, memberships }: Deps) {
  async function load(trx: Tx, organizationId: string): Promise<Organization> {
    const row = await findOrganization(trx, organizationId);
    if (!row) throw NotFound();
    return toOrganization(row, await listDocumentAccounts(trx, organizationId));
  }

  /** Swaps the logo file: the new file is written first, the old one removed only after commit. */
  async function setLogo(
    actor: Actor,
    logo: { data: Buffer; type: string; extension: string } | null,
  ): Promise<Organization> {
    const key = logo
      ? `organizations/${actor.organizationId}/logo-${newId()}.${logo.extension}`
      : null;
    if (logo && key) await storage.put(key, logo.data);
    let previous: string | null = null;
    try {
      const result = await withTenant(db, actor.organizationId, async (trx) => {
        const row = await findOrganization(trx, actor.organizationId);
        if (!row) throw NotFound();
        previous = row.logo_key;
        const now = clock.now();
        await updateOrganizationRow(trx, actor.organizationId, {
          logo_key: key,
          logo_content_type: logo?.type ?? null,
          updated_at: now,
        });
        await writeAudit(trx, {
          ...actor,
          action: logo ? 'organization.logo_changed' : 'organization.logo_removed',
          entityType: 'organization',
          entityId: actor.organizationId,
          at: now,
        });
        return load(trx, actor.organizationId);
      });
      if (previous) await storage.delete(previous);
      return result;
    } catch (error) {
      if (key) await storage.delete(key);
      throw error;
    }
  }

  return {
    /** Another company owned by the caller (a second business, or an accountant's own firm). */
    async createForOwner(
      userId: string,
      input: CreateOrganization,
      client: { ip: string | null },
    ): Promise<string> {
      const now = clock.now();
      const language = await userLanguage(db, userId);
      return db.transaction().execute(async (trx) => {
        const organizationId = await setUpOrganization(trx, {
          legalName: input.companyName,
          country: input.country,
          ...companyNumbers(input.country, input.enterpriseNumber),
          language,
          ownerId: userId,
          now,
        });
        await writeAudit(trx, {
          organizationId,
          userId,
          action: 'organization.created',
          entityType: 'organization',
          entityId: organizationId,
          ip: client.ip,
          at: now,
        });
        return organizationId;
      });
    },

    get: (organizationId: string) =>
      withTenant(db, organizationId, (trx) => load(trx, organizationId)),

    async update(actor: Actor, input: UpdateOrganization): Promise<Organization> {
      const enterpriseNumber =
        input.enterpriseNumber && input.address.country === 'BE'
          ? normalizeEnterpriseNumber(input.enterpriseNumber)
          : (input.enterpriseNumber?.toUpperCase().replace(/\s/g, '') ?? null);
      const saved = await withTenant(db, actor.organizationId, async (trx) => {
        const before = await findOrganization(trx, actor.organizationId);
        if (!before) throw NotFound();
        const now = clock.now();
        const values = {
          legal_name: input.legalName,
          legal_form: input.legalForm,
          enterprise_number: enterpriseNumber,
          vat_number: input.vatNumber,
          vat_regime: input.vatRegime,
          street: input.address.street,
          street_number: input.address.number,
          box: input.address.box,
          postal_code: input.address.postalCode,
          city: input.address.city,
          country: input.address.country,
          phone: input.phone,
          email: input.email,
          website: input.website,
          register_court: input.registerCourt,
          default_language: input.defaultLanguage,
          currency: input.currency,
          ...(input.defaultVatRate && { default_vat_rate: input.defaultVatRate }),
        };
        const changed = Object.entries(values)
          .filter(([column, value]) => before[column as keyof OrganizationRow] !== value)
          .map(([column]) => column);
        await updateOrganizationRow(trx, actor.organizationId, { ...values, updated_at: now });
        await syncDocumentAccounts(trx, actor.organizationId, input.bankAccounts, now);
        await writeAudit(trx, {
          ...actor,
          action: 'organization.updated',
          entityType: 'organization',
          entityId: actor.organizationId,
          data: { fields: changed, bankAccounts: input.bankAccounts.length },
          at: now,
        });
        return load(trx, actor.organizationId);
      });
      // The organization switcher shows legal names: drop the cached lists that may hold this one.
      memberships.clear();
      return saved;
    },

    /** Checks size and content before anything is stored; refusals are field errors on `file`. */
    async uploadLogo(actor: Actor, data: Buffer): Promise<Organization> {
      if (data.length > LOGO_MAX_BYTES) throw logoTooLarge();
      const check = checkLogo(data);
      if (!check.ok)
        throw Validation({
          file: check.reason === 'unsafe' ? 'error.logoUnsafe' : 'error.logoType',
        });
      return setLogo(actor, { data, type: check.type, extension: check.extension });
    },

    removeLogo: (actor: Actor) => setLogo(actor, null),

    async readLogo(organizationId: string): Promise<{ data: Buffer; type: string } | null> {
      const row = await withTenant(db, organizationId, (trx) =>
        findOrganization(trx, organizationId),
      );
      if (!row?.logo_key || !row.logo_content_type) return null;
      const data = await storage.get(row.logo_key);
      return data ? { data, type: row.logo_content_type } : null;
    },
  };
}

export function logoTooLarge(): DomainError {
  return Validation({ file: 'error.logoTooLarge' }, { max: `${LOGO_MAX_BYTES / 1024 / 1024} MB` });
}

export type OrganizationsService = ReturnType<typeof createOrganizationsService>;
