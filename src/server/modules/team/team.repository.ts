import { sql } from 'kysely';
import type { Language, Module, Role } from '../../../contract/index.js';
import type { Database } from '../../db/database.js';
import type { Tx } from '../../db/tenant.js';
import { newId } from '../../platform/ids.js';

export interface MemberRow {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  language: Language;
  role: Role;
  modules: Module[];
  deactivatedAt: Date | null;
  passwordSet: boolean;
  isAccountant: boolean;
  lastLoginAt: Date | null;
  passwordScore: number | null;
  twoFactorEnabled: boolean;
  invitationExpiresAt: Date | null;
}

/** Every member of the organization (tenant query: RLS and the explicit filter agree). */
export async function listMembers(trx: Tx, organizationId: string): Promise<MemberRow[]> {
  const rows = await trx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select((eb) => [
      'm.user_id',
      'm.role',
      'm.modules',
      'm.deactivated_at',
      'u.email',
      'u.first_name',
      'u.last_name',
      'u.language',
      'u.password_set',
      'u.is_accountant',
      'u.last_login_at',
      'u.password_score',
      'u.two_factor_enabled_at',
      eb
        .selectFrom('invitations as i')
        .select((inner) => inner.fn.max('i.expires_at').as('expires_at'))
        // A constant, not m.organization_id: Citus routes a subquery by its own filter.
        .where('i.organization_id', '=', organizationId)
        .whereRef('i.user_id', '=', 'm.user_id')
        .where('i.used_at', 'is', null)
        .as('invitation_expires_at'),
    ])
    .where('m.organization_id', '=', organizationId)
    .execute();
  return rows.map((row) => ({
    userId: row.user_id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    language: row.language as Language,
    role: row.role as Role,
    modules: row.modules as Module[],
    deactivatedAt: row.deactivated_at,
    passwordSet: row.password_set,
    isAccountant: row.is_accountant,
    lastLoginAt: row.last_login_at,
    passwordScore: row.password_score,
    twoFactorEnabled: row.two_factor_enabled_at !== null,
    invitationExpiresAt: row.invitation_expires_at ? new Date(row.invitation_expires_at) : null,
  }));
}

/**
 * Locks the organization's active owners and the target membership, so two owners demoting
 * each other at once cannot leave the organization without one: the second waits, then sees
 * the first change.
 */
export async function lockOwnersAndMember(trx: Tx, organizationId: string, userId: string) {
  const owners = await trx
    .selectFrom('memberships')
    .select('user_id')
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'owner')
    .where('deactivated_at', 'is', null)
    .forUpdate()
    .execute();
  const target = await trx
    .selectFrom('memberships')
    .select(['user_id', 'role', 'modules', 'deactivated_at'])
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
  return { owners: owners.map((row) => row.user_id), target };
}

export async function insertMembership(
  trx: Tx,
  values: {
    organizationId: string;
    userId: string;
    role: Role;
    modules: readonly Module[];
    now: Date;
  },
): Promise<void> {
  await trx
    .insertInto('memberships')
    .values({
      organization_id: values.organizationId,
      user_id: values.userId,
      role: values.role,
      modules: [...values.modules],
      created_at: values.now,
    })
    .execute();
}

/** Replaces the user's unused invitations to this organization with a new one. */
export async function replaceInvitation(
  trx: Tx,
  values: {
    organizationId: string;
    userId: string;
    tokenHash: string;
    createdBy: string;
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await trx
    .deleteFrom('invitations')
    .where('organization_id', '=', values.organizationId)
    .where('user_id', '=', values.userId)
    .where('used_at', 'is', null)
    .execute();
  await trx
    .insertInto('invitations')
    .values({
      organization_id: values.organizationId,
      id: newId(),
      user_id: values.userId,
      token_hash: values.tokenHash,
      created_by: values.createdBy,
      created_at: values.now,
      expires_at: values.expiresAt,
    })
    .execute();
}

/** A new role, modules or activation of a member. */
export async function updateMembership(
  trx: Tx,
  organizationId: string,
  userId: string,
  values: { role: Role; modules: readonly Module[]; deactivatedAt: Date | null },
): Promise<void> {
  await trx
    .updateTable('memberships')
    .set({ role: values.role, modules: [...values.modules], deactivated_at: values.deactivatedAt })
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteMembership(
  trx: Tx,
  organizationId: string,
  userId: string,
): Promise<void> {
  await trx
    .deleteFrom('memberships')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .execute();
}

/** The names an invitation e-mail shows: the company's and the inviting owner's. */
export async function findInvitationNames(
  trx: Tx,
  organizationId: string,
  inviterId: string,
): Promise<{ organizationName: string; inviterName: string }> {
  const organization = await trx
    .selectFrom('organizations')
    .select('legal_name')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  const inviter = await trx
    .selectFrom('users')
    .select(['first_name', 'last_name'])
    .where('id', '=', inviterId)
    .executeTakeFirstOrThrow();
  return {
    organizationName: organization.legal_name,
    inviterName: `${inviter.first_name} ${inviter.last_name}`.trim(),
  };
}

/**
 * An unused, unexpired invitation, locked until the transaction ends (single use). The secret
 * names no organization: it is found first, then locked on its organization's shard (Citus
 * cannot lock rows across shards).
 */
export async function lockInvitation(trx: Tx, tokenHash: string, now: Date) {
  // The search reads every shard; one connection per worker, so the same transaction may then
  // write the user (a reference table) on Citus. A harmless placeholder elsewhere.
  await sql`set local citus.multi_shard_modify_mode = 'sequential'`.execute(trx);
  const found = await trx
    .selectFrom('invitations')
    .select('organization_id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!found) return undefined;
  return trx
    .selectFrom('invitations')
    .select(['organization_id', 'id', 'user_id'])
    .where('organization_id', '=', found.organization_id)
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .forUpdate()
    .executeTakeFirst();
}

export async function markInvitationUsed(
  trx: Tx,
  organizationId: string,
  id: string,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('invitations')
    .set({ used_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

// --- Platform queries: user accounts span organizations, so they run outside any tenant. ---

export async function findAccountByEmail(db: Database | Tx, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'password_set', 'is_accountant'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export async function findUserEmail(db: Database | Tx, userId: string): Promise<string> {
  const row = await db
    .selectFrom('users')
    .select('email')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.email;
}

/**
 * The invited account's own name and password, and the organization it joined; false when the
 * account has chosen a password meanwhile.
 */
export async function setInvitedPassword(
  trx: Tx,
  userId: string,
  values: {
    passwordHash: string;
    score: number;
    firstName: string;
    lastName: string;
    language: Language | undefined;
    organizationId: string;
    now: Date;
  },
): Promise<boolean> {
  const updated = await trx
    .updateTable('users')
    .set({
      password_hash: values.passwordHash,
      password_set: true,
      password_score: values.score,
      password_changed_at: values.now,
      first_name: values.firstName,
      last_name: values.lastName,
      ...(values.language && { language: values.language }),
      last_organization_id: values.organizationId,
      last_login_at: values.now,
      updated_at: values.now,
    })
    .where('id', '=', userId)
    .where('password_set', '=', false)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** A new account becomes an accountant's: its password chosen, logged in now. */
export async function makeAccountantAccount(
  trx: Tx,
  userId: string,
  values: { score: number; now: Date },
): Promise<void> {
  await trx
    .updateTable('users')
    .set({
      password_set: true,
      is_accountant: true,
      password_score: values.score,
      password_changed_at: values.now,
      last_login_at: values.now,
    })
    .where('id', '=', userId)
    .execute();
}

/** An account created by an invitation: it has no usable password until the link is used. */
export async function insertInvitedUser(
  trx: Tx,
  values: {
    email: string;
    firstName: string;
    lastName: string;
    language: Language;
    unusableHash: string;
    now: Date;
  },
): Promise<string> {
  const id = newId();
  await trx
    .insertInto('users')
    .values({
      id,
      email: values.email,
      password_hash: values.unusableHash,
      password_set: false,
      first_name: values.firstName,
      last_name: values.lastName,
      language: values.language,
      created_at: values.now,
      updated_at: values.now,
    })
    .execute();
  return id;
}

/** Forgets an invited account that never chose a password and belongs nowhere any more. */
export async function deleteUnusedAccount(db: Database, userId: string): Promise<void> {
  await db
    .deleteFrom('users')
    .where('id', '=', userId)
    .where('password_set', '=', false)
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('memberships').select('user_id').where('user_id', '=', userId)),
      ),
    )
    .execute();
}

export async function findInvitation(db: Database | Tx, tokenHash: string, now: Date) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('memberships as m', (join) =>
      join
        .onRef('m.organization_id', '=', 'i.organization_id')
        .onRef('m.user_id', '=', 'i.user_id'),
    )
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .innerJoin('organizations as o', 'o.id', 'i.organization_id')
    .select([
      'i.organization_id',
      'i.id',
      'i.user_id',
      'u.email',
      'u.first_name',
      'u.last_name',
      'u.password_set',
      'u.language',
      'o.legal_name',
    ])
    .where('i.token_hash', '=', tokenHash)
    .where('i.used_at', 'is', null)
    .where('i.expires_at', '>', now)
    .where('m.deactivated_at', 'is', null)
    .executeTakeFirst();
}

export async function organizationLanguage(trx: Tx, organizationId: string): Promise<Language> {
  const row = await trx
    .selectFrom('organizations')
    .select('default_language')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return row.default_language as Language;
}
