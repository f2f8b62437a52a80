import type { GdprOverview, GdprSettings } from '../../../contract/index.js';
import type { Deps } from '../../deps.js';
import { withTenant } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { endSupportSessions, listSupportSessions, setSupportAccess } from './gdpr.repository.js';
import { memberStatus, requireOwner, sortMembers, type Caller } from './members.js';
import { findSupportAccess } from './support.repository.js';
import { listMembers } from './team.repository.js';

/** The GDPR tab: support-staff access, who can reach the data, and the support sessions held. */
export function createGdprService({ db, clock, sessions }: Deps) {
  return {
    async overview(caller: Caller): Promise<GdprOverview> {
      requireOwner(caller);
      return withTenant(db, caller.organizationId, async (trx) => {
        const supportAccess = await findSupportAccess(trx, caller.organizationId);
        const members = sortMembers(await listMembers(trx, caller.organizationId));
        const supportSessions = await listSupportSessions(trx, caller.organizationId, 100);
        return {
          supportAccess: supportAccess ?? false,
          users: members.map((row) => ({
            userId: row.userId,
            email: row.email,
            firstName: row.firstName,
            lastName: row.lastName,
            role: row.role,
            external: row.role === 'accountant',
            status: memberStatus(row),
            lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
            passwordScore: row.passwordSet ? row.passwordScore : null,
            twoFactorEnabled: row.twoFactorEnabled,
          })),
          supportSessions: supportSessions.map((row) => ({
            at: row.created_at.toISOString(),
            email: row.email,
            name: row.first_name === null ? null : `${row.first_name} ${row.last_name}`.trim(),
            ip: row.ip,
          })),
        };
      });
    },

    /** Off by default; switching it off ends every support session in the organization at once. */
    async setSupportAccess(caller: Caller, input: GdprSettings): Promise<GdprSettings> {
      requireOwner(caller);
      const changed = await withTenant(db, caller.organizationId, async (trx) => {
        const before = await findSupportAccess(trx, caller.organizationId, { lock: true });
        if (before === input.supportAccess) return false;
        await setSupportAccess(trx, caller.organizationId, input.supportAccess);
        await writeAudit(trx, {
          ...caller,
          action: input.supportAccess ? 'support.accessEnabled' : 'support.accessDisabled',
          entityType: 'organization',
          entityId: caller.organizationId,
          at: clock.now(),
        });
        return true;
      });
      if (changed && !input.supportAccess) {
        await endSupportSessions(db, caller.organizationId);
        sessions.deleteWhere(
          (auth) => auth.support && auth.organizationId === caller.organizationId,
        );
      }
      return { supportAccess: input.supportAccess };
    },
  };
}

export type GdprService = ReturnType<typeof createGdprService>;
