import type { Database } from '../../db/database.js';
import { verifyPassword } from '../../platform/auth/passwords.js';
import { enforceThrottle, recordFailure, type ThrottleRule } from '../../platform/auth/throttle.js';
import { Validation } from '../../platform/errors.js';

const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * Asking a signed-in user for their password again (before a password or two-factor change)
 * is throttled too: a stolen session must not become a way to guess the password.
 */
export function reauthenticationRules(userId: string): ThrottleRule[] {
  return [{ key: `reauth:${userId}`, maxFailures: 5, windowMs: FIFTEEN_MINUTES }];
}

export async function checkCurrentPassword(
  db: Database,
  user: { id: string; password_hash: string },
  password: string,
  now: Date,
  field: string,
): Promise<void> {
  const rules = reauthenticationRules(user.id);
  await enforceThrottle(db, rules, now);
  if (!(await verifyPassword(user.password_hash, password))) {
    await recordFailure(db, rules, now);
    throw Validation({ [field]: 'validation.wrongPassword' });
  }
}

/** A wrong second factor while signed in counts against the same allowance. */
export async function recordReauthenticationFailure(
  db: Database,
  userId: string,
  now: Date,
): Promise<void> {
  await recordFailure(db, reauthenticationRules(userId), now);
}
