import type { Kysely } from 'kysely';
import {
  isOptionalApp,
  type Language,
  type Module,
  type OptionalApp,
  type Role,
} from '../../../contract/index.js';
import type { DB } from '../../db/schema.generated.js';
import { newId } from '../ids.js';
import { hashToken, randomToken } from './tokens.js';

/** Who is calling, resolved once per request from the session cookie. */
export interface AuthContext {
  sessionId: string;
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  /**
   * The current organization; null for an account without one (an accountant with no client
   * yet, support staff between support sessions): such a session reaches `account` routes only.
   */
  organizationId: string | null;
  role: Role | null;
  modules: readonly Module[];
  /** A support session: platform support staff inside an organization that allows it. */
  support: boolean;
  isAccountant: boolean;
  isSupport: boolean;
  language: Language;
  csrfToken: string;
  expiresAt: Date;
  /** The session's id in the API (sessions list); `sessionId` is the token's hash. */
  publicId: string;
  lastSeenAt: Date;
  /** The user has two-factor login on. */
  twoFactorEnabled: boolean;
  /** The current organization requires two-factor login of every user. */
  twoFactorRequired: boolean;
  /** The apps the current organization switched off (Settings → Apps). */
  disabledApps: readonly OptionalApp[];
}

/** The session of a route that needs a current organization (every route but `account` ones). */
export interface MemberAuthContext extends AuthContext {
  organizationId: string;
  role: Role;
}

export interface NewSession {
  token: string;
  csrfToken: string;
}

export async function createSession(
  db: Kysely<DB>,
  input: {
    userId: string;
    organizationId: string | null;
    ip: string | null;
    userAgent: string | null;
    now: Date;
    ttlMs: number;
  },
): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      public_id: newId(),
      user_id: input.userId,
      organization_id: input.organizationId,
      csrf_token: csrfToken,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
      created_at: input.now,
      last_seen_at: input.now,
      expires_at: new Date(input.now.getTime() + input.ttlMs),
    })
    .execute();
  return { token, csrfToken };
}

export type SessionLookup =
  { status: 'valid'; auth: AuthContext } | { status: 'expired' } | { status: 'unknown' };

/**
 * The session with its user and organization (platform and reference tables), then the
 * membership in the session's organization, read by that organization's id: on Citus
 * memberships are sharded by organization, and a join on the session's column instead of a
 * constant would ask every shard (docs/operations.md, "Running on Citus").
 */
export async function loadSession(
  db: Kysely<DB>,
  token: string,
  now: Date,
): Promise<SessionLookup> {
  const id = hashToken(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('organizations as o', 'o.id', 's.organization_id')
    .select([
      's.user_id',
      's.organization_id',
      's.csrf_token',
      's.expires_at',
      'u.email',
      'u.first_name',
      'u.last_name',
      'u.language',
      's.support',
      'u.is_accountant',
      'u.is_support',
      'o.support_access',
      's.public_id',
      's.last_seen_at',
      'u.two_factor_enabled_at',
      'o.require_two_factor',
      'o.disabled_apps',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return { status: 'unknown' };
  let organizationId = row.organization_id;
  const membership = organizationId
    ? await db
        .selectFrom('memberships')
        .select(['role', 'modules', 'deactivated_at'])
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', row.user_id)
        .executeTakeFirst()
    : undefined;
  let role = (membership?.role as Role | undefined) ?? null;
  let support = false;
  if (row.support && organizationId) {
    if (row.is_support && row.support_access) {
      role = 'support';
      support = true;
    } else {
      // The organization switched support access off (or the user lost the support role):
      // the support session leaves the organization.
      await db
        .updateTable('sessions')
        .set({ organization_id: null, support: false })
        .where('id', '=', id)
        .execute();
      organizationId = null;
      role = null;
    }
  }
  const member =
    organizationId === null || support || (role !== null && !membership?.deactivated_at);
  if (row.expires_at <= now || !member) {
    // Expired, or the membership was removed or deactivated: the session is over either way.
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return { status: 'expired' };
  }
  return {
    status: 'valid',
    auth: {
      sessionId: id,
      userId: row.user_id,
      email: row.email,
      firstName: row.first_name,
      lastName: row.last_name,
      organizationId,
      role: organizationId ? role : null,
      modules: (membership?.modules ?? []) as Module[],
      support,
      isAccountant: row.is_accountant,
      isSupport: row.is_support,
      language: row.language as Language,
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
      publicId: row.public_id,
      lastSeenAt: row.last_seen_at,
      twoFactorEnabled: row.two_factor_enabled_at !== null,
      // A support session is the platform's, not a user of the organization.
      twoFactorRequired: !support && organizationId !== null && row.require_two_factor === true,
      disabledApps: organizationId ? (row.disabled_apps ?? []).filter(isOptionalApp) : [],
    },
  };
}

/** How stale "last seen" in the sessions list may be: one write per session at most this often. */
const LAST_SEEN_PRECISION_MS = 5 * 60_000;

/**
 * Sliding expiry and "last seen", written at most once every five minutes per session to keep
 * reads cheap. Returns the new expiry when it was written (the cookie follows).
 */
export async function extendSession(
  db: Kysely<DB>,
  auth: AuthContext,
  now: Date,
  ttlMs: number,
): Promise<Date | null> {
  const renewed = new Date(now.getTime() + ttlMs);
  const expiryDue = renewed.getTime() - auth.expiresAt.getTime() >= 3600_000;
  const lastSeenDue = now.getTime() - auth.lastSeenAt.getTime() >= LAST_SEEN_PRECISION_MS;
  if (!expiryDue && !lastSeenDue) return null;
  await db
    .updateTable('sessions')
    .set({ expires_at: renewed, last_seen_at: now })
    .where('id', '=', auth.sessionId)
    .execute();
  auth.lastSeenAt = now;
  return renewed;
}

export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function setSessionOrganization(
  db: Kysely<DB>,
  sessionId: string,
  organizationId: string | null,
  options: { support?: boolean } = {},
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ organization_id: organizationId, support: options.support ?? false })
    .where('id', '=', sessionId)
    .execute();
}
