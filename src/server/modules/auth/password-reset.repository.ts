import type { Database } from '../../db/database.js';

/** Platform queries: a user resetting a password is signed in nowhere yet. */

export async function findMailRecipient(db: Database, userId: string) {
  return db
    .selectFrom('users')
    .select(['email', 'first_name', 'language'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export async function insertResetToken(
  db: Database,
  values: { id: string; userId: string; ip: string | null; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('password_reset_tokens')
    .values({
      id: values.id,
      user_id: values.userId,
      ip: values.ip,
      created_at: values.now,
      expires_at: values.expiresAt,
    })
    .execute();
}

/** The user of an unused, unexpired link. */
export async function findTokenUser(db: Database, tokenId: string, now: Date) {
  return db
    .selectFrom('password_reset_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['u.id', 'u.email', 'u.first_name', 'u.last_name', 'u.last_organization_id'])
    .where('t.id', '=', tokenId)
    .where('t.used_at', 'is', null)
    .where('t.expires_at', '>', now)
    .executeTakeFirst();
}

/** Marks the link used; false when another request used it first (or it expired meanwhile). */
export async function claimToken(db: Database, tokenId: string, now: Date): Promise<boolean> {
  const claimed = await db
    .updateTable('password_reset_tokens')
    .set({ used_at: now })
    .where('id', '=', tokenId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return claimed !== undefined;
}

export async function setPassword(
  db: Database,
  userId: string,
  values: { hash: string; score: number; now: Date },
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      password_hash: values.hash,
      password_score: values.score,
      password_changed_at: values.now,
      password_set: true,
      updated_at: values.now,
    })
    .where('id', '=', userId)
    .execute();
}

/** After a reset: the user's other links, every session, and the login throttle of the account. */
export async function clearAfterReset(
  db: Database,
  user: { id: string; email: string },
  usedTokenId: string,
): Promise<void> {
  await db
    .deleteFrom('password_reset_tokens')
    .where('user_id', '=', user.id)
    .where('id', '!=', usedTokenId)
    .execute();
  await db.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  await db.deleteFrom('auth_throttle').where('key', '=', `login:account:${user.email}`).execute();
}
