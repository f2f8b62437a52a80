import type { Me, UpdateMeRequest } from '../../../contract/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { permissionsOf } from '../../platform/auth/permissions.js';
import { setSessionOrganization } from '../../platform/auth/sessions.js';
import { AppError, Unauthenticated } from '../../platform/errors.js';
import { findMe, hasMembership, updateUser } from './me.repository.js';

export function createMeService({ db, clock }: Deps) {
  /** The caller as seen in one organization: user, role, permissions and every membership. */
  async function me(userId: string, organizationId: string): Promise<Me> {
    const row = await findMe(db, userId);
    const current = row?.organizations.find((o) => o.organizationId === organizationId);
    if (!row || !current) throw Unauthenticated();
    return {
      user: {
        id: row.id,
        email: row.email,
        firstName: row.first_name,
        lastName: row.last_name,
        language: row.language,
      },
      organization: { id: current.organizationId, name: current.name },
      role: current.role,
      permissions: permissionsOf(current.role, current.modules),
      language: row.language,
      organizations: row.organizations.map(({ organizationId: id, name, role }) => ({
        organizationId: id,
        name,
        role,
      })),
    };
  }

  return {
    me,

    async update(actor: Actor, input: UpdateMeRequest): Promise<Me> {
      const now = clock.now();
      const changes = {
        ...(input.firstName !== undefined && { first_name: input.firstName }),
        ...(input.lastName !== undefined && { last_name: input.lastName }),
        ...(input.language !== undefined && { language: input.language }),
      };
      if (Object.keys(changes).length > 0) {
        await updateUser(db, actor.userId, changes, now);
        await withTenant(db, actor.organizationId, (trx) =>
          writeAudit(trx, {
            ...actor,
            action: 'user.updated',
            entityType: 'user',
            entityId: actor.userId,
            data: { fields: Object.keys(changes) },
            at: now,
          }),
        );
      }
      return me(actor.userId, actor.organizationId);
    },

    async switchOrganization(actor: Actor, sessionId: string, organizationId: string): Promise<Me> {
      if (!(await hasMembership(db, actor.userId, organizationId)))
        throw new AppError(403, 'error.notMember');
      await setSessionOrganization(db, sessionId, organizationId);
      await db
        .updateTable('users')
        .set({ last_organization_id: organizationId })
        .where('id', '=', actor.userId)
        .execute();
      return me(actor.userId, organizationId);
    },
  };
}

export type MeService = ReturnType<typeof createMeService>;
