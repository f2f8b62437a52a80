import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import {
  recoveryCodeSchema,
  translate,
  type RecoveryCodes,
  type TwoFactorSetup,
  type TwoFactorStatus,
} from '../../../contract/index.js';
import type { Deps } from '../../deps.js';
import { withTenant } from '../../db/tenant.js';
import {
  generateRecoveryCode,
  hashRecoveryCode,
  matchRecoveryCode,
  RECOVERY_CODE_COUNT,
} from '../../platform/auth/recovery-codes.js';
import type { AuthContext } from '../../platform/auth/sessions.js';
import {
  clearFailures,
  enforceThrottle,
  recordFailure,
  type ThrottleRule,
} from '../../platform/auth/throttle.js';
import { hashToken, randomToken } from '../../platform/auth/tokens.js';
import { generateTotpSecret, otpauthUri, verifyTotp } from '../../platform/auth/totp.js';
import { BadRequest, Unauthenticated, Conflict, Validation } from '../../platform/errors.js';
import { createSmsSender } from '../../platform/sms/sms-sender.js';
import { auditAccountChange } from './account-audit.js';
import {
  checkCurrentPassword,
  reauthenticationRules,
  recordReauthenticationFailure,
} from './reauthentication.js';
import {
  confirmPhone,
  consumeTotpStep,
  createPendingLogin,
  deletePendingLogin,
  findPendingLogin,
  countPhoneAttempt,
  deleteUserSessions,
  disableTwoFactor,
  enableTwoFactor,
  findPhoneVerification,
  findSecurityUser,
  replaceRecoveryCodes,
  savePhoneVerification,
  setPendingSecret,
  unusedRecoveryCodes,
  useRecoveryCode,
  type SecurityUser,
} from './security.repository.js';
import { renewSession, type RenewedSession } from './session-renewal.js';

const ISSUER = 'Facto';
/** How long the second login step may wait after the password. */
const PENDING_LOGIN_TTL_MS = 10 * 60_000;
const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * Second-step throttling: five wrong codes end a pending login's chances (the password must be
 * typed again), and ten per account in 15 minutes bound the guesses across pending logins. Six
 * digits with three valid codes at a time: at most 960 guesses a day, a 0.3 % chance.
 */
function secondStepRules(pendingId: string, userId: string): ThrottleRule[] {
  return [
    { key: `2fa:pending:${pendingId}`, maxFailures: 5, windowMs: FIFTEEN_MINUTES },
    { key: `2fa:account:${userId}`, maxFailures: 10, windowMs: FIFTEEN_MINUTES },
  ];
}
const PHONE_CODE_TTL_MS = 10 * 60_000;
const PHONE_CODE_ATTEMPTS = 5;

/** A second factor: a code from the authenticator app, or one of the recovery codes. */
export type SecondFactor = { code: string } | { recoveryCode: string };
export type SecondFactorMethod = 'totp' | 'recoveryCode';

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export function createTwoFactorService(deps: Deps) {
  const { db, clock, secrets, sessions, memberships, config } = deps;
  const sms = createSmsSender(config.sms);

  async function userOf(auth: Pick<AuthContext, 'userId'>): Promise<SecurityUser> {
    const user = await findSecurityUser(db, auth.userId);
    if (!user) throw Unauthenticated();
    return user;
  }

  /** Checks and uses up a second factor of an account that has two-factor login on. */
  async function verifySecondFactor(
    user: SecurityUser,
    factor: SecondFactor,
    now: Date,
  ): Promise<SecondFactorMethod | null> {
    if (!user.two_factor_secret) return null;
    if ('code' in factor) {
      const secret = secrets.open(user.two_factor_secret);
      const step = verifyTotp(secret, factor.code, now.getTime(), user.two_factor_last_step);
      // The conditional update makes "once" hold even for two requests racing with one code.
      return step !== null && (await consumeTotpStep(db, user.id, step)) ? 'totp' : null;
    }
    const id = matchRecoveryCode(
      await unusedRecoveryCodes(db, user.id),
      user.id,
      factor.recoveryCode,
    );
    return id !== null && (await useRecoveryCode(db, user.id, id, now)) ? 'recoveryCode' : null;
  }

  /** Ten new recovery codes: stored hashed, returned once. */
  async function newRecoveryCodes(
    trx: Parameters<typeof replaceRecoveryCodes>[0],
    userId: string,
    now: Date,
  ): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
    await replaceRecoveryCodes(
      trx,
      userId,
      codes.map((code) => hashRecoveryCode(userId, code).toString('hex')),
      now,
    );
    return codes;
  }

  /** After a two-factor change: cached sessions and profiles must show it at once. */
  function forget(userId: string): void {
    sessions.deleteWhere((cached) => cached.userId === userId);
    memberships.delete(userId);
  }

  return {
    /** Whether logging in to this account takes a second step. */
    async isEnabled(userId: string): Promise<boolean> {
      return (await findSecurityUser(db, userId))?.two_factor_enabled_at != null;
    },

    /** The password was right: a short-lived token (cookie) stands for the login until step two. */
    async startPendingLogin(
      userId: string,
      client: { ip: string | null; userAgent: string | null },
      now: Date,
    ): Promise<{ token: string; expiresAt: Date }> {
      const token = randomToken();
      const expiresAt = new Date(now.getTime() + PENDING_LOGIN_TTL_MS);
      await createPendingLogin(db, { id: hashToken(token), userId, ...client, now, expiresAt });
      return { token, expiresAt };
    },

    /**
     * Step two: checks the code (or recovery code) of a pending login, throttled per pending
     * login and per account. Returns the user to open a session for; the pending login is gone.
     */
    async completePendingLogin(
      token: string | undefined,
      factor: SecondFactor,
      client: { ip: string | null },
    ): Promise<{ userId: string; method: SecondFactorMethod }> {
      const now = clock.now();
      const pending = token ? await findPendingLogin(db, hashToken(token), now) : undefined;
      if (!pending) throw Unauthenticated('error.twoFactorLoginExpired');
      const rules = secondStepRules(pending.id, pending.user_id);
      await enforceThrottle(db, rules, now);
      const user = await findSecurityUser(db, pending.user_id);
      const method = user ? await verifySecondFactor(user, factor, now) : null;
      if (!method) {
        await recordFailure(db, rules, now);
        await db.transaction().execute((trx) =>
          auditAccountChange(trx, {
            organizationId: pending.last_organization_id,
            userId: pending.user_id,
            action: 'auth.two_factor_failed',
            data: { during: 'login' },
            ip: client.ip,
            at: now,
          }),
        );
        throw Unauthenticated('error.invalidTwoFactorCode');
      }
      // Used once: a second request with the same cookie finds nothing.
      if (!(await deletePendingLogin(db, pending.id)))
        throw Unauthenticated('error.twoFactorLoginExpired');
      await clearFailures(db, rules[0]?.key ?? '');
      return { userId: pending.user_id, method };
    },

    async status(auth: AuthContext): Promise<TwoFactorStatus> {
      const user = await userOf(auth);
      const left = user.two_factor_enabled_at ? (await unusedRecoveryCodes(db, user.id)).length : 0;
      return {
        enabled: user.two_factor_enabled_at !== null,
        enabledAt: user.two_factor_enabled_at?.toISOString() ?? null,
        recoveryCodesLeft: left,
        requiredByOrganization: auth.twoFactorRequired,
        smsAvailable: sms !== null && auth.organizationId !== null,
        phone: user.phone_number
          ? { number: user.phone_number, verified: user.phone_verified_at !== null }
          : null,
      };
    },

    /** A new secret to scan; it becomes active only once a code from it is confirmed. */
    async setup(auth: AuthContext): Promise<TwoFactorSetup> {
      const user = await userOf(auth);
      if (user.two_factor_enabled_at) throw Conflict('error.twoFactorAlreadyEnabled');
      const secret = generateTotpSecret();
      await setPendingSecret(db, user.id, secrets.seal(secret));
      const uri = otpauthUri({ issuer: ISSUER, account: user.email, secret });
      // Loaded by the first set-up, not at start-up.
      const { default: QRCode } = await import('qrcode');
      const qrSvg = await QRCode.toString(uri, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
      });
      return { secret, otpauthUri: uri, qrSvg };
    },

    /**
     * Confirms the app with a code from the pending secret: two-factor login is on, the
     * recovery codes are returned (once), other sessions end and this one is renewed.
     */
    async enable(
      auth: AuthContext,
      code: string,
      client: { ip: string | null },
    ): Promise<RecoveryCodes & { session: RenewedSession }> {
      const now = clock.now();
      const user = await userOf(auth);
      if (user.two_factor_enabled_at) throw Conflict('error.twoFactorAlreadyEnabled');
      if (!user.two_factor_pending_secret) throw Conflict('error.twoFactorSetupExpired');
      const step = verifyTotp(
        secrets.open(user.two_factor_pending_secret),
        code,
        now.getTime(),
        null,
      );
      if (step === null) throw Validation({ code: 'validation.twoFactorCodeWrong' });
      const result = await db.transaction().execute(async (trx) => {
        const enabled = await enableTwoFactor(trx, user.id, {
          sealedSecret: user.two_factor_pending_secret as string,
          step,
          now,
        });
        if (!enabled) throw Conflict('error.twoFactorSetupExpired');
        const recoveryCodes = await newRecoveryCodes(trx, user.id, now);
        // Sessions opened with the password alone end: from now on, logins take two steps.
        const ended = await deleteUserSessions(trx, user.id, auth.sessionId);
        const session = await renewSession(trx, deps, auth, now);
        await auditAccountChange(trx, {
          organizationId: auth.organizationId,
          userId: user.id,
          action: 'auth.two_factor_enabled',
          data: { otherSessionsEnded: ended.length },
          ip: client.ip,
          at: now,
        });
        return { recoveryCodes, session };
      });
      forget(user.id);
      return result;
    },

    /** Turns two-factor login off: needs the password and a code (app or recovery code). */
    async disable(
      auth: AuthContext,
      input: { password: string; code: string },
      client: { ip: string | null },
    ): Promise<RenewedSession> {
      const now = clock.now();
      const user = await userOf(auth);
      if (!user.two_factor_enabled_at) throw Conflict('error.twoFactorNotEnabled');
      await checkCurrentPassword(db, user, input.password, now, 'password');
      const recovery = recoveryCodeSchema.safeParse(input.code);
      const factor: SecondFactor = /^\d{6}$/.test(input.code.replace(/\s/g, ''))
        ? { code: input.code }
        : { recoveryCode: recovery.success ? recovery.data : input.code };
      if (!(await verifySecondFactor(user, factor, now))) {
        await recordReauthenticationFailure(db, user.id, now);
        await db.transaction().execute((trx) =>
          auditAccountChange(trx, {
            organizationId: auth.organizationId,
            userId: user.id,
            action: 'auth.two_factor_failed',
            data: { during: 'disable' },
            ip: client.ip,
            at: now,
          }),
        );
        throw Validation({ code: 'validation.twoFactorCodeWrong' });
      }
      const session = await db.transaction().execute(async (trx) => {
        await disableTwoFactor(trx, user.id, now);
        const renewed = await renewSession(trx, deps, auth, now);
        await auditAccountChange(trx, {
          organizationId: auth.organizationId,
          userId: user.id,
          action: 'auth.two_factor_disabled',
          ip: client.ip,
          at: now,
        });
        return renewed;
      });
      forget(user.id);
      return session;
    },

    /** Replaces the recovery codes (all of them), after checking the password. */
    async regenerateRecoveryCodes(
      auth: AuthContext,
      password: string,
      client: { ip: string | null },
    ): Promise<RecoveryCodes> {
      const now = clock.now();
      const user = await userOf(auth);
      if (!user.two_factor_enabled_at) throw Conflict('error.twoFactorNotEnabled');
      await checkCurrentPassword(db, user, password, now, 'password');
      return db.transaction().execute(async (trx) => {
        const recoveryCodes = await newRecoveryCodes(trx, user.id, now);
        await auditAccountChange(trx, {
          organizationId: auth.organizationId,
          userId: user.id,
          action: 'auth.recovery_codes_renewed',
          ip: client.ip,
          at: now,
        });
        return { recoveryCodes };
      });
    },

    /** Sends a 6-digit code by SMS to confirm a mobile number (when a transport is set up). */
    async startPhoneVerification(auth: AuthContext, phone: string): Promise<void> {
      const organizationId = auth.organizationId;
      if (!sms || !organizationId) throw Conflict('error.smsNotConfigured');
      const now = clock.now();
      await enforceThrottle(db, reauthenticationRules(auth.userId), now);
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      await savePhoneVerification(db, {
        userId: auth.userId,
        phone,
        codeHash: sha256(`${auth.userId}:${code}`).toString('hex'),
        expiresAt: new Date(now.getTime() + PHONE_CODE_TTL_MS),
      });
      await withTenant(db, organizationId, (trx) =>
        sms.send(trx, {
          organizationId,
          userId: auth.userId,
          to: phone,
          body: translate(auth.language, 'sms.phoneCode', { code }),
          at: now,
        }),
      );
    },

    async confirmPhone(auth: AuthContext, code: string): Promise<void> {
      const now = clock.now();
      const pending = await findPhoneVerification(db, auth.userId);
      if (!pending || pending.expires_at <= now || pending.attempts >= PHONE_CODE_ATTEMPTS)
        throw BadRequest('error.phoneVerificationExpired');
      const expected = Buffer.from(pending.code_hash, 'hex');
      const given = sha256(`${auth.userId}:${code}`);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        await countPhoneAttempt(db, auth.userId);
        throw Validation({ code: 'validation.smsCodeWrong' });
      }
      await confirmPhone(db, auth.userId, pending.phone, now);
    },
  };
}

export type TwoFactorService = ReturnType<typeof createTwoFactorService>;
