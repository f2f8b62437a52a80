import type { z } from 'zod';
import type {
  AuditAction,
  CreateTeamUserResponse,
  Module,
  Role,
  TeamMember,
  createTeamUserRequestSchema,
  updateTeamUserRequestSchema,
} from '../../../contract/index.js';
import { enterTenant, withTenant, type Tx } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { randomToken } from '../../platform/auth/tokens.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../platform/db-errors.js';
import { Conflict, Forbidden, InvalidState, NotFound } from '../../platform/errors.js';
import type { InvitationLinks } from './invitation-links.js';
import { requireOwner, sortMembers, toMember, type Caller } from './members.js';
import {
  deleteMembership,
  deleteUnusedAccount,
  findAccountByEmail,
  findUserEmail,
  insertInvitedUser,
  insertMembership,
  listMembers,
  lockOwnersAndMember,
  organizationLanguage,
  updateMembership,
} from './team.repository.js';

type CreateUser = z.output<typeof createTeamUserRequestSchema>;
type UpdateUser = z.output<typeof updateTeamUserRequestSchema>;

const alreadyMember = () =>
  Conflict('error.team.alreadyMember', { fields: { email: 'error.team.alreadyMember' } });

/** The member, as the team list shows them (404 when not a member of the organization). */
export async function memberRow(trx: Tx, organizationId: string, userId: string) {
  const row = (await listMembers(trx, organizationId)).find((m) => m.userId === userId);
  if (!row) throw NotFound();
  return row;
}

export function auditTeam(
  trx: Tx,
  caller: Caller,
  action: AuditAction,
  userId: string,
  at: Date,
  data = {},
) {
  return writeAudit(trx, { ...caller, action, entityType: 'user', entityId: userId, data, at });
}

/** The organization's users, managed by its owners: add, change, deactivate, remove. */
export function createMembersService(
  { db, clock, sessions, memberships }: Deps,
  invitations: InvitationLinks,
) {
  /** A role, module or membership change takes effect on the user's very next request. */
  function evict(userId: string): void {
    sessions.deleteWhere((auth) => auth.userId === userId);
    memberships.delete(userId);
  }

  const member = async (trx: Tx, caller: Caller, userId: string): Promise<TeamMember> =>
    toMember(await memberRow(trx, caller.organizationId, userId), caller.userId);

  const audit = (trx: Tx, caller: Caller, action: AuditAction, userId: string, data = {}) =>
    auditTeam(trx, caller, action, userId, clock.now(), data);

  return {
    async list(caller: Caller): Promise<TeamMember[]> {
      requireOwner(caller);
      const rows = await withTenant(db, caller.organizationId, (trx) =>
        listMembers(trx, caller.organizationId),
      );
      return sortMembers(rows.map((row) => toMember(row, caller.userId)));
    },

    /**
     * A new user: an unknown email gets an account without a usable password and an invitation
     * link; an existing Facto account is added directly (it keeps its password).
     */
    async create(
      caller: Caller,
      input: CreateUser,
      origin: string,
    ): Promise<CreateTeamUserResponse> {
      requireOwner(caller);
      const existing = await findAccountByEmail(db, input.email);
      // A password nobody knows, hashed like any other: logging in to an invited account costs
      // the same time as to a real one.
      const unusableHash = existing ? null : await hashPassword(randomToken());
      const modules: Module[] = input.role === 'employee' ? [...new Set(input.modules)] : [];
      const now = clock.now();
      try {
        const result = await db.transaction().execute(async (trx) => {
          let userId = existing?.id;
          if (!userId) {
            const language = await organizationLanguage(trx, caller.organizationId);
            userId = await insertInvitedUser(trx, {
              email: input.email,
              firstName: input.firstName,
              lastName: input.lastName,
              language,
              unusableHash: unusableHash as string,
              now,
            });
          }
          await enterTenant(trx, caller.organizationId);
          await insertMembership(trx, {
            organizationId: caller.organizationId,
            userId,
            role: input.role,
            modules,
            now,
          });
          const invite = !existing || !existing.password_set;
          const link = invite ? await invitations.issue(trx, caller, userId, origin) : null;
          await audit(trx, caller, invite ? 'team.userInvited' : 'team.userAdded', userId, {
            email: input.email,
            role: input.role,
            modules,
          });
          return { userId, link, row: await memberRow(trx, caller.organizationId, userId) };
        });
        evict(result.userId);
        const invitation = result.link
          ? await invitations.send(caller, result.link, result.row)
          : null;
        return { member: toMember(result.row, caller.userId), invitation };
      } catch (error) {
        if (pgErrorCode(error) === UNIQUE_VIOLATION) throw alreadyMember();
        throw error;
      }
    },

    async update(caller: Caller, userId: string, input: UpdateUser): Promise<TeamMember> {
      requireOwner(caller);
      if (userId === caller.userId) throw Forbidden('error.team.self');
      const result = await withTenant(db, caller.organizationId, async (trx) => {
        const { owners, target } = await lockOwnersAndMember(trx, caller.organizationId, userId);
        // The caller's own ownership may have been taken away a moment ago by another owner.
        if (!owners.includes(caller.userId)) throw Forbidden('error.ownerOnly');
        if (!target) throw NotFound();
        const fromRole = target.role as Role;
        if (fromRole === 'accountant' && (input.role !== undefined || input.modules !== undefined))
          throw InvalidState('error.team.externalRole');
        const role = input.role ?? fromRole;
        const active = input.active ?? target.deactivated_at === null;
        const losesOwner = owners.includes(userId) && (role !== 'owner' || !active);
        if (losesOwner && owners.length <= 1) throw Conflict('error.team.lastOwner');

        const fromModules = target.modules as Module[];
        const modules: Module[] =
          role === 'employee' ? [...new Set(input.modules ?? fromModules)] : [];
        const deactivatedAt = active ? null : (target.deactivated_at ?? clock.now());
        await updateMembership(trx, caller.organizationId, userId, {
          role,
          modules,
          deactivatedAt,
        });
        if (role !== fromRole)
          await audit(trx, caller, 'team.roleChanged', userId, { from: fromRole, to: role });
        const sameModules =
          modules.length === fromModules.length && modules.every((m) => fromModules.includes(m));
        if (role === 'employee' && !sameModules)
          await audit(trx, caller, 'team.modulesChanged', userId, {
            from: fromModules,
            to: modules,
          });
        if (active !== (target.deactivated_at === null))
          await audit(
            trx,
            caller,
            active ? 'team.userReactivated' : 'team.userDeactivated',
            userId,
          );
        return member(trx, caller, userId);
      });
      evict(userId);
      return result;
    },

    async remove(caller: Caller, userId: string): Promise<void> {
      requireOwner(caller);
      if (userId === caller.userId) throw Forbidden('error.team.self');
      await withTenant(db, caller.organizationId, async (trx) => {
        const { owners, target } = await lockOwnersAndMember(trx, caller.organizationId, userId);
        if (!owners.includes(caller.userId)) throw Forbidden('error.ownerOnly');
        if (!target) throw NotFound();
        if (owners.includes(userId) && owners.length <= 1) throw Conflict('error.team.lastOwner');
        const email = await findUserEmail(trx, userId);
        await deleteMembership(trx, caller.organizationId, userId);
        await audit(
          trx,
          caller,
          target.role === 'accountant' ? 'team.accountantRemoved' : 'team.userRemoved',
          userId,
          { email, role: target.role },
        );
      });
      evict(userId);
      await deleteUnusedAccount(db, userId);
    },

    /** An accountant's own (free) account, found by its email, gets full access. */
    async addAccountant(caller: Caller, email: string): Promise<TeamMember> {
      requireOwner(caller);
      const account = await findAccountByEmail(db, email);
      if (!account?.is_accountant || !account.password_set)
        throw NotFound('error.team.noAccountantAccount', {
          fields: {
            email: 'error.team.noAccountantAccount',
          },
        });
      try {
        const result = await withTenant(db, caller.organizationId, async (trx) => {
          await insertMembership(trx, {
            organizationId: caller.organizationId,
            userId: account.id,
            role: 'accountant',
            modules: [],
            now: clock.now(),
          });
          await audit(trx, caller, 'team.accountantAdded', account.id, { email });
          return member(trx, caller, account.id);
        });
        evict(account.id);
        return result;
      } catch (error) {
        if (pgErrorCode(error) === UNIQUE_VIOLATION) throw alreadyMember();
        throw error;
      }
    },
  };
}

export type MembersService = ReturnType<typeof createMembersService>;
