import type { Account, Me, SupportOrganization } from '../../../contract/index.js';
import type { Deps } from '../../deps.js';
import { withTenant } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { setSessionOrganization, type AuthContext } from '../../platform/auth/sessions.js';
import { Forbidden } from '../../platform/errors.js';
import type { MeService } from '../me/index.js';
import { findSupportAccess, grantSupport, listSupportOrganizations } from './support.repository.js';

/**
 * Platform support staff (`users.is_support`, from FACTO_SUPPORT_EMAILS or the support-staff
 * script) open an organization's data only while its owner allows it, read-only, audited.
 */
export function createSupportService({ db, clock, config, sessions }: Deps, me: MeService) {
  const listed = new Set(config.supportEmails.map((email) => email.toLowerCase()));

  /** Support staff, including an address listed in the configuration since the last start. */
  async function isSupport(auth: AuthContext): Promise<boolean> {
    if (auth.isSupport) return true;
    if (!listed.has(auth.email.toLowerCase())) return false;
    await grantSupport(db, [auth.email]);
    sessions.deleteWhere((cached) => cached.userId === auth.userId);
    return true;
  }

  async function requireSupport(auth: AuthContext): Promise<void> {
    if (!(await isSupport(auth))) throw Forbidden('error.support.only');
  }

  return {
    isSupport,

    /** The signed-in account and its organizations, and whether it belongs to support staff. */
    async account(auth: AuthContext): Promise<Account> {
      const account = await me.account(auth.userId, auth.organizationId);
      return { ...account, isSupport: await isSupport(auth) };
    },

    /** At start-up: the configured addresses become support staff. */
    syncConfigured: () => grantSupport(db, [...listed]),

    /** Organizations that allow support access (the only ones support staff can see). */
    async organizations(auth: AuthContext, q: string | undefined): Promise<SupportOrganization[]> {
      await requireSupport(auth);
      const rows = await listSupportOrganizations(db, q);
      return rows.map((row) => ({
        id: row.id,
        name: row.legal_name,
        enterpriseNumber: row.enterprise_number,
      }));
    },

    /** Opens a support session into the organization: audited as `support.access`. */
    async start(auth: AuthContext, organizationId: string, ip: string | null): Promise<Me> {
      await requireSupport(auth);
      if (!(await findSupportAccess(db, organizationId)))
        throw Forbidden('error.support.accessOff');
      await leave(auth, ip);
      await setSessionOrganization(db, auth.sessionId, organizationId, { support: true });
      sessions.delete(auth.sessionId);
      await withTenant(db, organizationId, (trx) =>
        writeAudit(trx, {
          organizationId,
          userId: auth.userId,
          action: 'support.access',
          entityType: 'organization',
          entityId: organizationId,
          data: { email: auth.email },
          ip,
          at: clock.now(),
        }),
      );
      return me.current({ ...auth, organizationId, support: true });
    },

    /** Leaves the organization the support session was in. */
    end: (auth: AuthContext, ip: string | null) => leave(auth, ip),
  };

  async function leave(auth: AuthContext, ip: string | null): Promise<void> {
    if (!auth.support || !auth.organizationId) return;
    const organizationId = auth.organizationId;
    await setSessionOrganization(db, auth.sessionId, null);
    sessions.delete(auth.sessionId);
    await withTenant(db, organizationId, (trx) =>
      writeAudit(trx, {
        organizationId,
        userId: auth.userId,
        action: 'support.ended',
        entityType: 'organization',
        entityId: organizationId,
        ip,
        at: clock.now(),
      }),
    );
  }
}

export type SupportService = ReturnType<typeof createSupportService>;
