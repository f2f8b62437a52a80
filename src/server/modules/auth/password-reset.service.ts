import type { z } from 'zod';
import type {
  passwordResetConfirmRequestSchema,
  passwordResetRequestSchema,
} from '../../../contract/index.js';
import type { Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { publicBaseUrl } from '../../platform/public-url.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { requireStrongPassword } from '../../platform/auth/password-strength.js';
import { recordFailure, throttleWait, type ThrottleRule } from '../../platform/auth/throttle.js';
import { hashToken, randomToken } from '../../platform/auth/tokens.js';
import type { DomainError } from '../../platform/errors.js';
import { BadRequest, TooManyRequests } from '../../platform/errors.js';
import type { PlatformMailer } from '../../platform/mailer/index.js';
import { findUserByEmail } from './auth.repository.js';
import {
  definePasswordResetJobs,
  PASSWORD_RESET_MAIL_JOB,
  type PasswordResetMailJob,
} from './password-reset.jobs.js';
import {
  claimToken,
  clearAfterReset,
  findTokenUser,
  insertResetToken,
  setPassword,
} from './password-reset.repository.js';

type ResetRequest = z.output<typeof passwordResetRequestSchema>;
type ResetConfirm = z.output<typeof passwordResetConfirmRequestSchema>;

const HOUR = 3600_000;
/** A link lives one hour. */
export const RESET_TOKEN_TTL_MS = HOUR;

/** Requests per address (3 an hour) and per client (20 an hour), whether the account exists or not. */
function requestRules(email: string, ip: string | null): ThrottleRule[] {
  return [
    { key: `reset:account:${email}`, maxFailures: 3, windowMs: HOUR },
    { key: `reset:ip:${ip ?? 'unknown'}`, maxFailures: 20, windowMs: HOUR },
  ];
}

/** Wrong or expired tokens per client: 256-bit tokens cannot be guessed, but nobody gets to try. */
const confirmRules = (ip: string | null): ThrottleRule[] => [
  { key: `reset-confirm:ip:${ip ?? 'unknown'}`, maxFailures: 20, windowMs: 15 * 60_000 },
];

function tooMany(waitMs: number): DomainError {
  return TooManyRequests('error.tooManyAttempts', {
    params: { minutes: Math.ceil(waitMs / 60_000) },
    headers: {
      'retry-after': String(Math.ceil(waitMs / 1000)),
    },
  });
}

const invalidToken = () =>
  BadRequest('error.resetTokenInvalid', { fields: { token: 'error.resetTokenInvalid' } });

/**
 * Forgotten passwords: a single-use link (256-bit token, stored as its SHA-256, one hour) sent
 * by e-mail through the platform mailer; the same answer whether the account exists or not.
 * Setting the new password ends every session of the user.
 */
export function createPasswordResetService(deps: Deps, mailer: PlatformMailer) {
  const { db, clock, jobs, secrets, config, sessions } = deps;
  const origin = publicBaseUrl(config);

  definePasswordResetJobs(deps, mailer);

  return {
    /** Always the same answer; a link is mailed only when the account exists. */
    async request(input: ResetRequest, client: { ip: string | null }): Promise<void> {
      const now = clock.now();
      const rules = requestRules(input.email, client.ip);
      const wait = await throttleWait(db, rules, now);
      if (wait > 0) throw tooMany(wait);
      await recordFailure(db, rules, now);
      const user = await findUserByEmail(db, input.email);
      if (!user) return;
      const token = randomToken();
      const url = `${origin}/reset-password?token=${token}`;
      await db.transaction().execute(async (trx) => {
        await insertResetToken(trx, {
          id: hashToken(token),
          userId: user.id,
          ip: client.ip,
          now,
          expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
        });
        await jobs.enqueue(trx, PASSWORD_RESET_MAIL_JOB, {
          userId: user.id,
          sealedUrl: secrets.seal(url),
        } satisfies PasswordResetMailJob);
      });
    },

    /** Sets the new password with a valid link, once; every session of the user ends. */
    async confirm(input: ResetConfirm, client: { ip: string | null }): Promise<void> {
      const now = clock.now();
      const rules = confirmRules(client.ip);
      const wait = await throttleWait(db, rules, now);
      if (wait > 0) throw tooMany(wait);
      const id = hashToken(input.token);
      const found = await findTokenUser(db, id, now);
      if (!found) {
        await recordFailure(db, rules, now);
        throw invalidToken();
      }
      const score = await requireStrongPassword(
        input.password,
        { email: found.email, firstName: found.first_name, lastName: found.last_name },
        'password',
      );
      const passwordHash = await hashPassword(input.password);
      await db.transaction().execute(async (trx) => {
        // Claimed here: of two requests with the same link, one wins.
        if (!(await claimToken(trx, id, now))) throw invalidToken();
        await setPassword(trx, found.id, { hash: passwordHash, score, now });
        // Every other link of the user dies with this one, and every session ends.
        await clearAfterReset(trx, found, id);
        if (found.last_organization_id) {
          await writeAudit(trx, {
            organizationId: found.last_organization_id,
            userId: found.id,
            action: 'auth.password_reset',
            entityType: 'user',
            entityId: found.id,
            ip: client.ip,
            at: now,
          });
        }
      });
      sessions.deleteWhere((cached) => cached.userId === found.id);
    },
  };
}

export type PasswordResetService = ReturnType<typeof createPasswordResetService>;
