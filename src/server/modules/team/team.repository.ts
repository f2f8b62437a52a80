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
        .whereRef('i.organization_id', '=', 'm.organization_id')
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

// --- Platform queries: user accounts span organizations, so they run outside any tenant. ---

export async function findAccountByEmail(db: Database | Tx, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'password_set', 'is_accountant'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
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

// --- Support staff ---

/** Marks the accounts of these addresses as platform support staff (FACTO_SUPPORT_EMAILS). */
export async function grantSupport(db: Database, emails: readonly string[]): Promise<number> {
  if (emails.length === 0) return 0;
  const result = await db
    .updateTable('users')
    .set({ is_support: true })
    .where(
      sql<string>`lower(email)`,
      'in',
      emails.map((email) => email.toLowerCase()),
    )
    .where('is_support', '=', false)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function setSupport(db: Database, email: string, isSupport: boolean) {
  const result = await db
    .updateTable('users')
    .set({ is_support: isSupport })
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
