import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import type { DomainError } from '../errors.js';
import { TooManyRequests } from '../errors.js';

export interface ThrottleRule {
  key: string;
  maxFailures: number;
  windowMs: number;
}

/**
 * Failed-attempt counters in the database (so every process and restart sees them), in fixed
 * windows. Returns the milliseconds to wait when any rule is exhausted, else 0.
 */
export async function throttleWait(
  db: Kysely<DB>,
  rules: readonly ThrottleRule[],
  now: Date,
): Promise<number> {
  const rows = await db
    .selectFrom('auth_throttle')
    .select(['key', 'failures', 'window_started_at'])
    .where(
      'key',
      'in',
      rules.map((rule) => rule.key),
    )
    .execute();
  let wait = 0;
  for (const row of rows) {
    const rule = rules.find((r) => r.key === row.key);
    if (!rule) continue;
    const windowEnd = row.window_started_at.getTime() + rule.windowMs;
    if (row.failures >= rule.maxFailures && windowEnd > now.getTime())
      wait = Math.max(wait, windowEnd - now.getTime());
  }
  return wait;
}

export async function recordFailure(
  db: Kysely<DB>,
  rules: readonly ThrottleRule[],
  now: Date,
): Promise<void> {
  for (const rule of rules) {
    const windowStart = new Date(now.getTime() - rule.windowMs);
    await sql`
      insert into auth_throttle (key, failures, window_started_at) values (${rule.key}, 1, ${now})
      on conflict (key) do update set
        failures = case when auth_throttle.window_started_at <= ${windowStart} then 1 else auth_throttle.failures + 1 end,
        window_started_at = case when auth_throttle.window_started_at <= ${windowStart} then ${now} else auth_throttle.window_started_at end
    `.execute(db);
  }
}

export async function clearFailures(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('auth_throttle').where('key', '=', key).execute();
}

/** The 429 answer: a translated "try again in N minutes" and `Retry-After` in seconds. */
export function tooManyAttempts(waitMs: number): DomainError {
  return TooManyRequests('error.tooManyAttempts', {
    params: { minutes: Math.ceil(waitMs / 60_000) },
    headers: { 'retry-after': String(Math.ceil(waitMs / 1000)) },
  });
}

/** Throws the 429 answer when any rule is exhausted. */
export async function enforceThrottle(
  db: Kysely<DB>,
  rules: readonly ThrottleRule[],
  now: Date,
): Promise<void> {
  const wait = await throttleWait(db, rules, now);
  if (wait > 0) throw tooManyAttempts(wait);
}
