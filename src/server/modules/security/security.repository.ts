import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import type { Tx } from '../../db/tenant.js';
import { newId } from '../../platform/ids.js';

/**
 * Platform queries on credentials, second factors and sessions: they run as the connecting
 * user, outside any tenant context (the tenant role cannot read these columns at all).
 */
type Db = Kysely<DB>;

export async function findSecurityUser(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select([
      'id',
      'email',
      'first_name',
      'last_name',
      'password_hash',
      'two_factor_secret',
      'two_factor_pending_secret',
      'two_factor_enabled_at',
      'two_factor_last_step',
      'phone_number',
      'phone_verified_at',
      'last_organization_id',
    ])
    .where('id', '=', userId)
    .executeTakeFirst();
}
export type SecurityUser = NonNullable<Awaited<ReturnType<typeof findSecurityUser>>>;

export async function updatePassword(
  db: Db,
  userId: string,
  input: { passwordHash: string; score: number; now: Date },
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      password_hash: input.passwordHash,
      password_score: input.score,
      password_changed_at: input.now,
      updated_at: input.now,
    })
    .where('id', '=', userId)
    .execute();
}

export async function setPendingSecret(db: Db, userId: string, sealed: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ two_factor_pending_secret: sealed })
    .where('id', '=', userId)
    .execute();
}

/** Promotes the pending secret, unless another request did it first (then returns false). */
export async function enableTwoFactor(
  db: Db,
  userId: string,
  input: { sealedSecret: string; step: number; now: Date },
): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({
      two_factor_secret: input.sealedSecret,
      two_factor_pending_secret: null,
      two_factor_enabled_at: input.now,
      two_factor_last_step: input.step,
      updated_at: input.now,
    })
    .where('id', '=', userId)
    .where('two_factor_enabled_at', 'is', null)
    .where('two_factor_pending_secret', '=', input.sealedSecret)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function disableTwoFactor(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({
      two_factor_secret: null,
      two_factor_pending_secret: null,
      two_factor_enabled_at: null,
      two_factor_last_step: null,
      updated_at: now,
    })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('two_factor_recovery_codes').where('user_id', '=', userId).execute();
}

/**
 * Records a time step as used, atomically: false when this step (or a later one) was already
 * used, so two requests racing with the same code cannot both pass.
 */
export async function consumeTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({ two_factor_last_step: step })
    .where('id', '=', userId)
    .where((eb) =>
      eb.or([eb('two_factor_last_step', 'is', null), eb('two_factor_last_step', '<', step)]),
    )
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function replaceRecoveryCodes(
  db: Db,
  userId: string,
  hashes: readonly string[],
  now: Date,
): Promise<void> {
  await db.deleteFrom('two_factor_recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('two_factor_recovery_codes')
    .values(
      hashes.map((hash) => ({
        user_id: userId,
        id: newId(),
        code_hash: hash,
        created_at: now,
      })),
    )
    .execute();
}

export async function unusedRecoveryCodes(db: Db, userId: string) {
  const rows = await db
    .selectFrom('two_factor_recovery_codes')
    .select(['id', 'code_hash'])
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
  return rows.map((row) => ({ id: row.id, codeHash: row.code_hash }));
}

/** Marks a code used, atomically: false when it was used meanwhile. */
export async function useRecoveryCode(
  db: Db,
  userId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('two_factor_recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

// Pending logins (password right, second factor awaited).

export async function createPendingLogin(
  db: Db,
  input: {
    id: string;
    userId: string;
    ip: string | null;
    userAgent: string | null;
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  // Housekeeping on the way: pending logins live minutes, the table stays tiny.
  await db.deleteFrom('pending_logins').where('expires_at', '<=', input.now).execute();
  await db
    .insertInto('pending_logins')
    .values({
      id: input.id,
      user_id: input.userId,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
      created_at: input.now,
      expires_at: input.expiresAt,
    })
    .execute();
}

export async function findPendingLogin(db: Db, id: string, now: Date) {
  return db
    .selectFrom('pending_logins as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.id', 'p.user_id', 'u.last_organization_id'])
    .where('p.id', '=', id)
    .where('p.expires_at', '>', now)
    .executeTakeFirst();
}

export async function deletePendingLogin(db: Db, id: string): Promise<boolean> {
  const row = await db
    .deleteFrom('pending_logins')
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

// Sessions.

export async function listSessions(db: Db, userId: string, now: Date) {
  return db
    .selectFrom('sessions')
    .select(['id', 'public_id', 'user_agent', 'ip', 'created_at', 'last_seen_at'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

/** Deletes one of the user's sessions by its public id; returns its internal id (for caches). */
export async function deleteSessionByPublicId(
  db: Db,
  userId: string,
  publicId: string,
): Promise<string | null> {
  const row = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('public_id', '=', publicId)
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Deletes every session of the user but one (or all); returns their internal ids. */
export async function deleteUserSessions(
  db: Db,
  userId: string,
  exceptId: string | null,
): Promise<string[]> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const rows = await query.returning('id').execute();
  return rows.map((row) => row.id);
}

/**
 * Gives a session a new token (and CSRF token) while keeping everything else about it: the
 * identifier an attacker may have fixed or seen before a privilege change stops working.
 */
export async function renewSessionToken(
  db: Db,
  oldId: string,
  input: { id: string; csrfToken: string; expiresAt: Date; now: Date },
): Promise<boolean> {
  const row = await db
    .updateTable('sessions')
    .set({
      id: input.id,
      csrf_token: input.csrfToken,
      expires_at: input.expiresAt,
      last_seen_at: input.now,
    })
    .where('id', '=', oldId)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

// Mobile number verification.

export async function savePhoneVerification(
  db: Db,
  input: { userId: string; phone: string; codeHash: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('phone_verifications')
    .values({
      user_id: input.userId,
      phone: input.phone,
      code_hash: input.codeHash,
      attempts: 0,
      expires_at: input.expiresAt,
    })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        phone: input.phone,
        code_hash: input.codeHash,
        attempts: 0,
        expires_at: input.expiresAt,
      }),
    )
    .execute();
}

export async function findPhoneVerification(db: Db, userId: string) {
  return db
    .selectFrom('phone_verifications')
    .select(['phone', 'code_hash', 'attempts', 'expires_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function countPhoneAttempt(db: Db, userId: string): Promise<void> {
  await db
    .updateTable('phone_verifications')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('user_id', '=', userId)
    .execute();
}

export async function confirmPhone(
  db: Db,
  userId: string,
  phone: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ phone_number: phone, phone_verified_at: now, updated_at: now })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('phone_verifications').where('user_id', '=', userId).execute();
}

// Organization policy and SMS outbox (tenant queries: run inside withTenant).

export async function readRequireTwoFactor(trx: Tx, organizationId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('organizations')
    .select('require_two_factor')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return row.require_two_factor;
}

export async function writeRequireTwoFactor(
  trx: Tx,
  organizationId: string,
  value: boolean,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('organizations')
    .set({ require_two_factor: value, updated_at: now })
    .where('id', '=', organizationId)
    .execute();
}

export async function listSmsOutbox(trx: Tx, organizationId: string) {
  return trx
    .selectFrom('sms_outbox')
    .select(['id', 'phone', 'body', 'created_at'])
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
}

/** The names of the user's companies: a password made of them is easy to guess. */
export async function companyNames(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select('o.legal_name')
    .where('m.user_id', '=', userId)
    .execute();
  return rows.map((row) => row.legal_name);
}
