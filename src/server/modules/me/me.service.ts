import type { Language, Me, UpdateMeRequest } from '../../../contract/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { permissionsOf } from '../../platform/auth/permissions.js';
import { setSessionOrganization } from '../../platform/auth/sessions.js';
import { AppError, Unauthenticated } from '../../platform/errors.js';
import { findUser, listMemberships, updateUser, type MembershipRow } from './me.repository.js';

interface UserFields {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  language: Language;
}

export function createMeService({ db, clock, sessions, memberships }: Deps) {
  /** Memberships change rarely and /me is called on every page load: cache them briefly. */
  async function membershipsOf(userId: string): Promise<MembershipRow[]> {
    const now = clock.now().getTime();
    const cached = memberships.get(userId, now);
    if (cached) return cached;
    const rows = await listMemberships(db, userId);
    memberships.set(userId, rows, now);
    return rows;
  }

  /** The caller as seen in one organization: user, role, permissions and every membership. */
  async function build(user: UserFields, organizationId: string): Promise<Me> {
    const list = await membershipsOf(user.userId);
    const current = list.find((m) => m.organizationId === organizationId);
    if (!current) throw Unauthenticated();
    return {
      user: {
        id: user.userId,
        email: user.email,
        firstName: user.firstName,
        lastName: user.lastName,
        language: user.language,
      },
      organization: { id: current.organizationId, name: current.name },
      role: current.role,
      permissions: permissionsOf(current.role, current.modules),
      language: user.language,
      organizations: list.map(({ organizationId: id, name, role }) => ({
        organizationId: id,
        name,
        role,
      })),
    };
  }

  async function me(userId: string, organizationId: string): Promise<Me> {
    const user = await findUser(db, userId);
    if (!user) throw Unauthenticated();
    const fields = {
      userId,
      email: user.email,
      firstName: user.first_name,
      lastName: user.last_name,
      language: user.language as Language,
    };
    return build(fields, organizationId);
  }

  return {
    me,

    /** `GET /me`: the session already carries the user, so one query remains. */
    current: (auth: UserFields & { organizationId: string }) => build(auth, auth.organizationId),

    async update(actor: Actor, input: UpdateMeRequest): Promise<Me> {
      const now = clock.now();
      const changes = {
        ...(input.firstName !== undefined && { first_name: input.firstName }),
        ...(input.lastName !== undefined && { last_name: input.lastName }),
        ...(input.language !== undefined && { language: input.language }),
      };
      if (Object.keys(changes).length > 0) {
        await updateUser(db, actor.userId, changes, now);
        sessions.deleteWhere((auth) => auth.userId === actor.userId);
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
      const list = await listMemberships(db, actor.userId);
      if (!list.some((m) => m.organizationId === organizationId))
        throw new AppError(403, 'error.notMember');
      await setSessionOrganization(db, sessionId, organizationId);
      sessions.delete(sessionId);
      memberships.delete(actor.userId);
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
