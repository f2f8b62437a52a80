import type { z } from 'zod';
import type { loginRequestSchema, signupRequestSchema } from '../../../contract/index.js';
import type { Deps } from '../../deps.js';
import { withTenant } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../platform/auth/passwords.js';
import { createSession, deleteSession, type NewSession } from '../../platform/auth/sessions.js';
import {
  clearFailures,
  recordFailure,
  throttleWait,
  type ThrottleRule,
} from '../../platform/auth/throttle.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../platform/db-errors.js';
import { Unauthenticated, Conflict, TooManyRequests } from '../../platform/errors.js';
import { requireStrongPassword } from '../../platform/auth/password-strength.js';
import { companyNumbers, setUpOrganization } from '../organizations/index.js';
import type { SecondFactor, TwoFactorService } from '../security/index.js';
import {
  findLoginUser,
  findUserByEmail,
  insertUser,
  loginOrganization,
  markLogin,
} from './auth.repository.js';

type Signup = z.output<typeof signupRequestSchema>;
type Login = z.output<typeof loginRequestSchema>;

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface StartedSession extends NewSession {
  userId: string;
  /** Null for an accountant without clients yet, or support staff: the account home. */
  organizationId: string | null;
  expiresAt: Date;
}

const FIFTEEN_MINUTES = 15 * 60_000;

/** Login throttling: per account (slow guessing of one password) and per address (spraying). */
function loginRules(email: string, ip: string | null): ThrottleRule[] {
  return [
    { key: `login:account:${email}`, maxFailures: 5, windowMs: FIFTEEN_MINUTES },
    { key: `login:ip:${ip ?? 'unknown'}`, maxFailures: 30, windowMs: FIFTEEN_MINUTES },
  ];
}

/** The password was right and the account has two-factor login: step two is awaited. */
export interface PendingLogin {
  twoFactorRequired: true;
  pendingToken: string;
  expiresAt: Date;
}

export function createAuthService(
  { db, clock, config, sessions }: Deps,
  { twoFactor }: { twoFactor: TwoFactorService },
) {
  /** Opens the session of a completed login (password, and second factor when on). */
  async function startSession(
    userId: string,
    organizationId: string | null,
    client: ClientInfo,
    data: Record<string, string>,
  ): Promise<StartedSession> {
    const now = clock.now();
    await markLogin(db, userId, organizationId, now);
    const session = await createSession(db, {
      userId,
      organizationId,
      ...client,
      now,
      ttlMs: config.sessionTtlMs,
    });
    if (organizationId)
      await withTenant(db, organizationId, (trx) =>
        writeAudit(trx, {
          organizationId,
          userId,
          action: 'auth.login',
          entityType: 'user',
          entityId: userId,
          data,
          ip: client.ip,
          at: now,
        }),
      );
    return {
      ...session,
      userId,
      organizationId,
      expiresAt: new Date(now.getTime() + config.sessionTtlMs),
    };
  }

  return {
    /** Creates the organization, its owner and a session, all or nothing. */
    async signup(
      input: Signup,
      client: ClientInfo,
    ): Promise<StartedSession & { organizationId: string }> {
      const passwordScore = await requireStrongPassword(input.password, input, 'password');
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      const numbers = companyNumbers(input.country, input.enterpriseNumber);
      try {
        return await db.transaction().execute(async (trx) => {
          const userId = await insertUser(trx, { ...input, passwordHash, passwordScore, now });
          const organizationId = await setUpOrganization(trx, {
            legalName: input.companyName,
            country: input.country,
            ...numbers,
            language: input.language,
            ownerId: userId,
            now,
          });
          await markLogin(trx, userId, organizationId, now);
          await writeAudit(trx, {
            organizationId,
            userId,
            action: 'organization.created',
            entityType: 'organization',
            entityId: organizationId,
            ip: client.ip,
            at: now,
          });
          const session = await createSession(trx, {
            userId,
            organizationId,
            ...client,
            now,
            ttlMs: config.sessionTtlMs,
          });
          return {
            ...session,
            userId,
            organizationId,
            expiresAt: new Date(now.getTime() + config.sessionTtlMs),
          };
        });
      } catch (error) {
        if (pgErrorCode(error) === UNIQUE_VIOLATION)
          throw Conflict('error.emailTaken', { fields: { email: 'error.emailTaken' } });
        throw error;
      }
    },

    async login(input: Login, client: ClientInfo): Promise<StartedSession | PendingLogin> {
      const rules = loginRules(input.email, client.ip);
      const wait = await throttleWait(db, rules, clock.now());
      if (wait > 0) {
        throw TooManyRequests('error.tooManyAttempts', {
          params: { minutes: Math.ceil(wait / 60_000) },
          headers: {
            'retry-after': String(Math.ceil(wait / 1000)),
          },
        });
      }
      const user = await findUserByEmail(db, input.email);
      const valid = await verifyPassword(
        user?.password_hash ?? (await dummyPasswordHash()),
        input.password,
      );
      const now = clock.now();
      const organizationId =
        user && valid ? await loginOrganization(db, user.id, user.last_organization_id) : null;
      // An accountant without clients yet, or support staff, lands on the account home.
      const accountOnly = !!user && (user.is_accountant || user.is_support);
      if (!user || !valid || (!organizationId && !accountOnly)) {
        await recordFailure(db, rules, now);
        if (user?.last_organization_id) {
          await withTenant(db, user.last_organization_id, (trx) =>
            writeAudit(trx, {
              organizationId: user.last_organization_id as string,
              userId: user.id,
              action: 'auth.login_failed',
              entityType: 'user',
              entityId: user.id,
              ip: client.ip,
              at: now,
            }),
          );
        }
        throw Unauthenticated('error.invalidCredentials');
      }
      await clearFailures(db, rules[0]?.key ?? '');
      if (await twoFactor.isEnabled(user.id)) {
        const pending = await twoFactor.startPendingLogin(user.id, client, now);
        return { twoFactorRequired: true, pendingToken: pending.token, ...pending };
      }
      return startSession(user.id, organizationId, client, { secondFactor: 'none' });
    },

    /** Step two of a two-factor login: the code or a recovery code opens the session. */
    async completeTwoFactor(
      pendingToken: string | undefined,
      factor: SecondFactor,
      client: ClientInfo,
    ): Promise<StartedSession> {
      const { userId, method } = await twoFactor.completePendingLogin(pendingToken, factor, client);
      const user = await findLoginUser(db, userId);
      const organizationId = await loginOrganization(db, userId, user.last_organization_id);
      if (!organizationId && !user.is_accountant && !user.is_support)
        throw Unauthenticated('error.invalidCredentials');
      return startSession(userId, organizationId, client, { secondFactor: method });
    },

    async logout(sessionId: string): Promise<void> {
      sessions.delete(sessionId);
      await deleteSession(db, sessionId);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
