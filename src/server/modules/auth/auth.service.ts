import type { z } from 'zod';
import type {
  createOrganizationRequestSchema,
  loginRequestSchema,
  signupRequestSchema,
} from '../../../contract/index.js';
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
import { AppError, Conflict } from '../../platform/errors.js';
import { companyNumbers, insertOrganization } from '../organizations/index.js';
import { findUserByEmail, insertUser, loginOrganization, markLogin } from './auth.repository.js';

type Signup = z.output<typeof signupRequestSchema>;
type Login = z.output<typeof loginRequestSchema>;
type CreateOrganization = z.output<typeof createOrganizationRequestSchema>;

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface StartedSession extends NewSession {
  userId: string;
  organizationId: string;
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

export function createAuthService({ db, clock, config, sessions }: Deps) {
  return {
    /** Creates the organization, its owner and a session, all or nothing. */
    async signup(input: Signup, client: ClientInfo): Promise<StartedSession> {
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      const numbers = companyNumbers(input.country, input.enterpriseNumber);
      try {
        return await db.transaction().execute(async (trx) => {
          const userId = await insertUser(trx, { ...input, passwordHash, now });
          const organizationId = await insertOrganization(trx, {
            legalName: input.companyName,
            country: input.country,
            ...numbers,
            language: input.language,
            ownerId: userId,
            now,
          });
          await trx
            .updateTable('users')
            .set({ last_organization_id: organizationId, last_login_at: now })
            .where('id', '=', userId)
            .execute();
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
          throw Conflict('error.emailTaken', { email: 'error.emailTaken' });
        throw error;
      }
    },

    async login(input: Login, client: ClientInfo): Promise<StartedSession> {
      const rules = loginRules(input.email, client.ip);
      const wait = await throttleWait(db, rules, clock.now());
      if (wait > 0) {
        throw new AppError(
          429,
          'error.tooManyAttempts',
          { minutes: Math.ceil(wait / 60_000) },
          undefined,
          {
            'retry-after': String(Math.ceil(wait / 1000)),
          },
        );
      }
      const user = await findUserByEmail(db, input.email);
      const valid = await verifyPassword(
        user?.password_hash ?? (await dummyPasswordHash()),
        input.password,
      );
      const now = clock.now();
      const organizationId =
        user && valid ? await loginOrganization(db, user.id, user.last_organization_id) : null;
      if (!user || !valid || !organizationId) {
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
        throw new AppError(401, 'error.invalidCredentials');
      }
      await clearFailures(db, rules[0]?.key ?? '');
      await markLogin(db, user.id, organizationId, now);
      const session = await createSession(db, {
        userId: user.id,
        organizationId,
        ...client,
        now,
        ttlMs: config.sessionTtlMs,
      });
      await withTenant(db, organizationId, (trx) =>
        writeAudit(trx, {
          organizationId,
          userId: user.id,
          action: 'auth.login',
          entityType: 'user',
          entityId: user.id,
          ip: client.ip,
          at: now,
        }),
      );
      return {
        ...session,
        userId: user.id,
        organizationId,
        expiresAt: new Date(now.getTime() + config.sessionTtlMs),
      };
    },

    async logout(sessionId: string): Promise<void> {
      sessions.delete(sessionId);
      await deleteSession(db, sessionId);
    },

    /** Another company owned by the caller (a second business, or an accountant's own firm). */
    async createOrganization(
      userId: string,
      input: CreateOrganization,
      client: ClientInfo,
    ): Promise<string> {
      const now = clock.now();
      const user = await db
        .selectFrom('users')
        .select('language')
        .where('id', '=', userId)
        .executeTakeFirstOrThrow();
      return db.transaction().execute(async (trx) => {
        const organizationId = await insertOrganization(trx, {
          legalName: input.companyName,
          country: input.country,
          ...companyNumbers(input.country, input.enterpriseNumber),
          language: user.language as Signup['language'],
          ownerId: userId,
          now,
        });
        await writeAudit(trx, {
          organizationId,
          userId,
          action: 'organization.created',
          entityType: 'organization',
          entityId: organizationId,
          ip: client.ip,
          at: now,
        });
        return organizationId;
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
