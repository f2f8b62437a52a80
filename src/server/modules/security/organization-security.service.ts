import type { OrganizationSecurity, SmsOutboxMessage } from '../../../contract/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { Conflict } from '../../platform/errors.js';
import {
  listSmsOutbox,
  readRequireTwoFactor,
  writeRequireTwoFactor,
} from './security.repository.js';

export function createOrganizationSecurityService({ db, clock, sessions, memberships }: Deps) {
  return {
    async get(organizationId: string): Promise<OrganizationSecurity> {
      return withTenant(db, organizationId, async (trx) => ({
        requireTwoFactor: await readRequireTwoFactor(trx, organizationId),
      }));
    },

    /**
     * Requires (or stops requiring) two-factor login of every user of the organization. Whoever
     * turns it on must have it already, so nobody locks the company out by surprise.
     */
    async update(
      actor: Actor,
      callerHasTwoFactor: boolean,
      requireTwoFactor: boolean,
    ): Promise<OrganizationSecurity> {
      if (requireTwoFactor && !callerHasTwoFactor) throw Conflict('error.twoFactorSelfFirst');
      const now = clock.now();
      await withTenant(db, actor.organizationId, async (trx) => {
        const before = await readRequireTwoFactor(trx, actor.organizationId);
        if (before === requireTwoFactor) return;
        await writeRequireTwoFactor(trx, actor.organizationId, requireTwoFactor, now);
        await writeAudit(trx, {
          ...actor,
          action: 'organization.security_updated',
          entityType: 'organization',
          entityId: actor.organizationId,
          data: { requireTwoFactor },
          at: now,
        });
      });
      // Every session and profile of this organization shows the new rule at once.
      sessions.deleteWhere((cached) => cached.organizationId === actor.organizationId);
      memberships.clear();
      return { requireTwoFactor };
    },

    /** The local SMS transport's messages, newest first. */
    async smsOutbox(organizationId: string): Promise<SmsOutboxMessage[]> {
      const rows = await withTenant(db, organizationId, (trx) =>
        listSmsOutbox(trx, organizationId),
      );
      return rows.map((row) => ({
        id: row.id,
        phone: row.phone,
        body: row.body,
        createdAt: row.created_at.toISOString(),
      }));
    },
  };
}

export type OrganizationSecurityService = ReturnType<typeof createOrganizationSecurityService>;
