import type { GdprOverview, GdprSettings } from '../../../contract/index.js';
import type { Deps } from '../../deps.js';
import { withTenant } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { Forbidden } from '../../platform/errors.js';
import { listMembers } from './team.repository.js';
import { sortMembers, type Caller } from './team.service.js';

/** The GDPR tab: support-staff access, who can reach the data, and the support sessions held. */
export function createGdprService({ db, clock, sessions }: Deps) {
  function requireOwner(caller: Caller): void {
    if (caller.role !== 'owner') throw Forbidden('error.ownerOnly');
  }

  return {
    async overview(caller: Caller): Promise<GdprOverview> {
      requireOwner(caller);
      return withTenant(db, caller.organizationId, async (trx) => {
        const organization = await trx
          .selectFrom('organizations')
          .select('support_access')
          .where('id', '=', caller.organizationId)
          .executeTakeFirstOrThrow();
        const members = sortMembers(await listMembers(trx, caller.organizationId));
        const supportSessions = await trx
          .selectFrom('audit_log as a')
          .leftJoin('users as u', 'u.id', 'a.user_id')
          .select(['a.created_at', 'a.ip', 'u.email', 'u.first_name', 'u.last_name'])
          .where('a.organization_id', '=', caller.organizationId)
          .where('a.action', '=', 'support.access')
          .orderBy('a.created_at', 'desc')
          .limit(100)
          .execute();
        return {
          supportAccess: organization.support_access,
          users: members.map((row) => ({
            userId: row.userId,
            email: row.email,
            firstName: row.firstName,
            lastName: row.lastName,
            role: row.role,
            external: row.role === 'accountant',
            status: row.deactivatedAt ? 'deactivated' : row.passwordSet ? 'active' : 'invited',
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
        const before = await trx
          .selectFrom('organizations')
          .select('support_access')
          .where('id', '=', caller.organizationId)
          .forUpdate()
          .executeTakeFirstOrThrow();
        if (before.support_access === input.supportAccess) return false;
        await trx
          .updateTable('organizations')
          .set({ support_access: input.supportAccess })
          .where('id', '=', caller.organizationId)
          .execute();
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
        await db
          .updateTable('sessions')
          .set({ organization_id: null, support: false })
          .where('organization_id', '=', caller.organizationId)
          .where('support', '=', true)
          .execute();
        sessions.deleteWhere(
          (auth) => auth.support && auth.organizationId === caller.organizationId,
        );
      }
      return { supportAccess: input.supportAccess };
    },
  };
}

export type GdprService = ReturnType<typeof createGdprService>;
