import type { AuditAction } from '../../../contract/index.js';
import type {
  CreateTeamUserResponse,
  InvitationInfo,
  InvitationLink,
  Language,
  Module,
  Role,
  TeamMember,
} from '../../../contract/index.js';
import type {
  acceptInvitationRequestSchema,
  createTeamUserRequestSchema,
  signupAccountantRequestSchema,
  updateTeamUserRequestSchema,
} from '../../../contract/index.js';
import type { z } from 'zod';
import type { Actor, Deps } from '../../deps.js';
import { enterTenant, withTenant, type Tx } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { requireStrongPassword } from '../../platform/auth/password-strength.js';
import { createSession, type NewSession } from '../../platform/auth/sessions.js';
import { hashToken, randomToken } from '../../platform/auth/tokens.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../platform/db-errors.js';
import { Forbidden, NotFound, Conflict, InvalidState } from '../../platform/errors.js';
import {
  deleteUnusedAccount,
  findAccountByEmail,
  findInvitation,
  insertInvitedUser,
  insertMembership,
  listMembers,
  lockOwnersAndMember,
  organizationLanguage,
  replaceInvitation,
  type MemberRow,
} from './team.repository.js';

type CreateUser = z.output<typeof createTeamUserRequestSchema>;
type UpdateUser = z.output<typeof updateTeamUserRequestSchema>;
type Accept = z.output<typeof acceptInvitationRequestSchema>;
type SignupAccountant = z.output<typeof signupAccountantRequestSchema>;

/** Who manages the team: the acting user with their role in the current organization. */
export interface Caller extends Actor {
  role: Role;
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface StartedSession extends NewSession {
  userId: string;
  organizationId: string | null;
  expiresAt: Date;
}

export const INVITATION_DAYS = 7;

/**
 * Sends an invitation link by email when the installation can; returns whether it did. Given
 * by the app when an email transport exists (the link is always shown to the owner as well).
 */
export type InvitationMailer = (invitation: {
  organizationId: string;
  /** The owner who invites. */
  invitedBy: string;
  email: string;
  firstName: string;
  organizationName: string;
  inviterName: string;
  url: string;
  expiresAt: Date;
  language: Language;
}) => Promise<boolean>;

function toMember(row: MemberRow, callerId: string): TeamMember {
  return {
    userId: row.userId,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    role: row.role,
    modules: row.role === 'employee' ? row.modules : [],
    status: row.deactivatedAt ? 'deactivated' : row.passwordSet ? 'active' : 'invited',
    external: row.role === 'accountant',
    self: row.userId === callerId,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    invitationExpiresAt:
      !row.passwordSet && row.invitationExpiresAt ? row.invitationExpiresAt.toISOString() : null,
  };
}

/** Internal users by name, then external users (accountants) at the bottom of the list. */
export function sortMembers<
  T extends { role: Role; lastName: string; firstName: string; email: string },
>(rows: T[]): T[] {
  const key = (row: T) =>
    `${row.role === 'accountant' ? 1 : 0}|${row.lastName.toLowerCase()}|${row.firstName.toLowerCase()}|${row.email}`;
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)));
}

function requireOwner(caller: Caller): void {
  if (caller.role !== 'owner') throw Forbidden('error.ownerOnly');
}

export function createTeamService(
  { db, clock, config, sessions, memberships }: Deps,
  options: { mailer?: InvitationMailer } = {},
) {
  /** A role, module or membership change takes effect on the user's very next request. */
  function evict(userId: string): void {
    sessions.deleteWhere((auth) => auth.userId === userId);
    memberships.delete(userId);
  }

  async function memberRow(trx: Tx, caller: Caller, userId: string): Promise<MemberRow> {
    const row = (await listMembers(trx, caller.organizationId)).find((m) => m.userId === userId);
    if (!row) throw NotFound();
    return row;
  }

  async function member(trx: Tx, caller: Caller, userId: string): Promise<TeamMember> {
    return toMember(await memberRow(trx, caller, userId), caller.userId);
  }

  function audit(trx: Tx, caller: Caller, action: AuditAction, userId: string, data = {}) {
    return writeAudit(trx, {
      ...caller,
      action,
      entityType: 'user',
      entityId: userId,
      data,
      at: clock.now(),
    });
  }

  /** A fresh single-use link: 256 random bits, only the SHA-256 is stored, valid 7 days. */
  async function issueInvitation(
    trx: Tx,
    caller: Caller,
    userId: string,
    origin: string,
  ): Promise<{ url: string; expiresAt: Date }> {
    const token = randomToken();
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 3600_000);
    await replaceInvitation(trx, {
      organizationId: caller.organizationId,
      userId,
      tokenHash: hashToken(token),
      createdBy: caller.userId,
      now,
      expiresAt,
    });
    return { url: `${origin}/invite/${token}`, expiresAt };
  }

  async function send(
    caller: Caller,
    link: { url: string; expiresAt: Date },
    to: { email: string; firstName: string; language: Language },
  ): Promise<InvitationLink> {
    let emailed = false;
    if (options.mailer) {
      const names = await withTenant(db, caller.organizationId, async (trx) => {
        const organization = await trx
          .selectFrom('organizations')
          .select('legal_name')
          .where('id', '=', caller.organizationId)
          .executeTakeFirstOrThrow();
        const inviter = await trx
          .selectFrom('users')
          .select(['first_name', 'last_name'])
          .where('id', '=', caller.userId)
          .executeTakeFirstOrThrow();
        return {
          organizationName: organization.legal_name,
          inviterName: `${inviter.first_name} ${inviter.last_name}`.trim(),
        };
      });
      emailed = await options
        .mailer({
          organizationId: caller.organizationId,
          invitedBy: caller.userId,
          ...to,
          ...names,
          url: link.url,
          expiresAt: link.expiresAt,
        })
        // A failed delivery is not an error for the owner: the link is shown to copy anyway.
        .catch(() => false);
    }
    return { url: link.url, expiresAt: link.expiresAt.toISOString(), emailed };
  }

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
          const link = invite ? await issueInvitation(trx, caller, userId, origin) : null;
          await audit(trx, caller, invite ? 'team.userInvited' : 'team.userAdded', userId, {
            email: input.email,
            role: input.role,
            modules,
          });
          return { userId, link, row: await memberRow(trx, caller, userId) };
        });
        evict(result.userId);
        const invitation = result.link ? await send(caller, result.link, result.row) : null;
        return { member: toMember(result.row, caller.userId), invitation };
      } catch (error) {
        if (pgErrorCode(error) === UNIQUE_VIOLATION)
          throw Conflict('error.team.alreadyMember', {
            fields: { email: 'error.team.alreadyMember' },
          });
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
        await trx
          .updateTable('memberships')
          .set({ role, modules, deactivated_at: deactivatedAt })
          .where('organization_id', '=', caller.organizationId)
          .where('user_id', '=', userId)
          .execute();
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
        const email = await trx
          .selectFrom('users')
          .select('email')
          .where('id', '=', userId)
          .executeTakeFirstOrThrow();
        await trx
          .deleteFrom('memberships')
          .where('organization_id', '=', caller.organizationId)
          .where('user_id', '=', userId)
          .execute();
        await audit(
          trx,
          caller,
          target.role === 'accountant' ? 'team.accountantRemoved' : 'team.userRemoved',
          userId,
          { email: email.email, role: target.role },
        );
      });
      evict(userId);
      await deleteUnusedAccount(db, userId);
    },

    /** A new link for a user who has not chosen a password yet (the old one stops working). */
    async renewInvitation(caller: Caller, userId: string, origin: string): Promise<InvitationLink> {
      requireOwner(caller);
      const result = await withTenant(db, caller.organizationId, async (trx) => {
        const target = await memberRow(trx, caller, userId);
        if (target.passwordSet || target.deactivatedAt) throw Conflict('error.team.notInvited');
        const link = await issueInvitation(trx, caller, userId, origin);
        await audit(trx, caller, 'team.invitationRenewed', userId);
        return { target, link };
      });
      return send(caller, result.link, result.target);
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
        if (pgErrorCode(error) === UNIQUE_VIOLATION)
          throw Conflict('error.team.alreadyMember', {
            fields: { email: 'error.team.alreadyMember' },
          });
        throw error;
      }
    },

    async invitation(token: string): Promise<InvitationInfo> {
      const row = await findInvitation(db, hashToken(token), clock.now());
      if (!row) throw NotFound('error.invitation.invalid');
      return {
        organizationName: row.legal_name,
        email: row.email,
        firstName: row.first_name,
        lastName: row.last_name,
        accountExists: row.password_set,
      };
    },

    /** Sets the invited user's name and password, uses up the link, and logs them in. */
    async acceptInvitation(
      token: string,
      input: Accept,
      client: ClientInfo,
    ): Promise<StartedSession> {
      const preview = await findInvitation(db, hashToken(token), clock.now());
      if (!preview) throw NotFound('error.invitation.invalid');
      if (preview.password_set) throw Conflict('error.invitation.accountExists');
      const score = await requireStrongPassword(
        input.password,
        {
          email: preview.email,
          firstName: input.firstName,
          lastName: input.lastName,
          companyName: preview.legal_name,
        },
        'password',
      );
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      const session = await db.transaction().execute(async (trx) => {
        // Single use under concurrency: the row is taken (locked and re-checked) before it is spent.
        const invitation = await trx
          .selectFrom('invitations')
          .select(['organization_id', 'id', 'user_id'])
          .where('token_hash', '=', hashToken(token))
          .where('used_at', 'is', null)
          .where('expires_at', '>', now)
          .forUpdate()
          .executeTakeFirst();
        if (!invitation) throw NotFound('error.invitation.invalid');
        const updated = await trx
          .updateTable('users')
          .set({
            password_hash: passwordHash,
            password_set: true,
            password_score: score,
            password_changed_at: now,
            first_name: input.firstName,
            last_name: input.lastName,
            ...(input.language && { language: input.language }),
            last_organization_id: invitation.organization_id,
            last_login_at: now,
            updated_at: now,
          })
          .where('id', '=', invitation.user_id)
          .where('password_set', '=', false)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) throw Conflict('error.invitation.accountExists');
        await trx
          .updateTable('invitations')
          .set({ used_at: now })
          .where('organization_id', '=', invitation.organization_id)
          .where('id', '=', invitation.id)
          .execute();
        const started = await createSession(trx, {
          userId: invitation.user_id,
          organizationId: invitation.organization_id,
          ...client,
          now,
          ttlMs: config.sessionTtlMs,
        });
        await enterTenant(trx, invitation.organization_id);
        await writeAudit(trx, {
          organizationId: invitation.organization_id,
          userId: invitation.user_id,
          action: 'team.invitationAccepted',
          entityType: 'user',
          entityId: invitation.user_id,
          ip: client.ip,
          at: now,
        });
        return {
          ...started,
          userId: invitation.user_id,
          organizationId: invitation.organization_id,
          expiresAt: new Date(now.getTime() + config.sessionTtlMs),
        };
      });
      memberships.delete(session.userId);
      return session;
    },

    /** A free accountant account: a person without a company, and a session without one. */
    async signupAccountant(input: SignupAccountant, client: ClientInfo): Promise<StartedSession> {
      const score = await requireStrongPassword(input.password, input, 'password');
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      try {
        return await db.transaction().execute(async (trx) => {
          const userId = await insertInvitedUser(trx, {
            ...input,
            unusableHash: passwordHash,
            now,
          });
          await trx
            .updateTable('users')
            .set({
              password_set: true,
              is_accountant: true,
              password_score: score,
              password_changed_at: now,
              last_login_at: now,
            })
            .where('id', '=', userId)
            .execute();
          const started = await createSession(trx, {
            userId,
            organizationId: null,
            ...client,
            now,
            ttlMs: config.sessionTtlMs,
          });
          return {
            ...started,
            userId,
            organizationId: null,
            expiresAt: new Date(now.getTime() + config.sessionTtlMs),
          };
        });
      } catch (error) {
        if (pgErrorCode(error) === UNIQUE_VIOLATION)
          throw Conflict('error.emailTaken', { fields: { email: 'error.emailTaken' } });
        throw error;
      }
    },
  };
}

export type TeamService = ReturnType<typeof createTeamService>;
