import {
  type Account,
  type Language,
  type Me,
  type UpdateMeRequest,
} from '../../../contract/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { permissionsOf } from '../../platform/auth/permissions.js';
import { setSessionOrganization } from '../../platform/auth/sessions.js';
import { Unauthenticated, Forbidden } from '../../platform/errors.js';
import {
  findAccount,
  findSupportOrganization,
  findUser,
  listMemberships,
  setLastOrganization,
  updateUser,
  type MembershipRow,
} from './me.repository.js';

interface UserFields {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  language: Language;
  twoFactorEnabled: boolean;
}

export function createMeService({ db, clock, sessions, memberships }: Deps) {
  /** Memberships change rarely and /me is called on every page load: cache them briefly. */
  async function membershipsOf(userId: string): Promise<MembershipRow[]> {
    const now = clock.now().getTime();
    const cached = memberships.get(userId, now);
    if (cached) return cached;
    const rows = await memberships.once(userId, () => listMemberships(db, userId));
    memberships.set(userId, rows, now);
    return rows;
  }

  /** The caller as seen in one organization: user, role, permissions and every membership. */
  async function build(user: UserFields, organizationId: string, support = false): Promise<Me> {
    const list = await membershipsOf(user.userId);
    const current = support
      ? await supportMembership(organizationId)
      : list.find((m) => m.organizationId === organizationId);
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
      disabledApps: current.disabledApps,
      organizations: list.map(({ organizationId: id, name, role }) => ({
        organizationId: id,
        name,
        role,
      })),
      twoFactor: {
        enabled: user.twoFactorEnabled,
        requiredByOrganization: !support && (current.requireTwoFactor ?? false),
      },
    };
  }

  /** Support staff inside an organization: no membership, read-only access to every module. */
  async function supportMembership(organizationId: string): Promise<MembershipRow> {
    const organization = await findSupportOrganization(db, organizationId);
    if (!organization) throw Unauthenticated();
    return { organizationId, role: 'support', modules: [], ...organization };
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
      twoFactorEnabled: user.two_factor_enabled_at !== null,
    };
    return build(fields, organizationId);
  }

  return {
    me,

    /**
     * The signed-in account and its organizations, with or without a current one: what an
     * accountant without clients, or support staff, gets instead of `Me` (platform query).
     */
    async account(userId: string, currentOrganizationId: string | null): Promise<Account> {
      const user = await findAccount(db, userId);
      if (!user) throw Unauthenticated();
      const list = await membershipsOf(userId);
      return {
        user: {
          id: user.id,
          email: user.email,
          firstName: user.first_name,
          lastName: user.last_name,
          language: user.language as Language,
        },
        isAccountant: user.is_accountant,
        isSupport: user.is_support,
        currentOrganizationId,
        organizations: list.map(({ organizationId, name, role }) => ({
          organizationId,
          name,
          role,
        })),
      };
    },

    /** `GET /me`: the session already carries the user, so one query remains. */
    current: (auth: UserFields & { organizationId: string; support: boolean }) =>
      build(auth, auth.organizationId, auth.support),

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

    /** From any session, including one without an organization (an accountant's home). */
    async switchOrganization(
      userId: string,
      sessionId: string,
      organizationId: string,
    ): Promise<Me> {
      const list = await listMemberships(db, userId);
      if (!list.some((m) => m.organizationId === organizationId))
        throw Forbidden('error.notMember');
      await setSessionOrganization(db, sessionId, organizationId);
      sessions.delete(sessionId);
      memberships.delete(userId);
      await setLastOrganization(db, userId, organizationId);
      return me(userId, organizationId);
    },
  };
}

export type MeService = ReturnType<typeof createMeService>;
