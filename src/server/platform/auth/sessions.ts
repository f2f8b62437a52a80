import type { Kysely } from 'kysely';
import type { Language, Module, Role } from '../../../contract/index.js';
import type { DB } from '../../db/schema.generated.js';
import { hashToken, randomToken } from './tokens.js';

/** Who is calling, resolved once per request from the session cookie. */
export interface AuthContext {
  sessionId: string;
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  organizationId: string;
  role: Role;
  modules: readonly Module[];
  language: Language;
  csrfToken: string;
  expiresAt: Date;
}

export interface NewSession {
  token: string;
  csrfToken: string;
}

export async function createSession(
  db: Kysely<DB>,
  input: {
    userId: string;
    organizationId: string;
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
      user_id: input.userId,
      organization_id: input.organizationId,
      csrf_token: csrfToken,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
      created_at: input.now,
      expires_at: new Date(input.now.getTime() + input.ttlMs),
    })
    .execute();
  return { token, csrfToken };
}

export type SessionLookup =
  { status: 'valid'; auth: AuthContext } | { status: 'expired' } | { status: 'unknown' };

/** One query: the session, its user and the membership in the session's organization. */
export async function loadSession(
  db: Kysely<DB>,
  token: string,
  now: Date,
): Promise<SessionLookup> {
  const id = hashToken(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('memberships as m', (join) =>
      join
        .onRef('m.organization_id', '=', 's.organization_id')
        .onRef('m.user_id', '=', 's.user_id'),
    )
    .select([
      's.user_id',
      's.organization_id',
      's.csrf_token',
      's.expires_at',
      'u.email',
      'u.first_name',
      'u.last_name',
      'u.language',
      'm.role',
      'm.modules',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return { status: 'unknown' };
  if (row.expires_at <= now || !row.role) {
    // Expired, or the membership was removed: the session is over either way.
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
      organizationId: row.organization_id,
      role: row.role as Role,
      modules: (row.modules ?? []) as Module[],
      language: row.language as Language,
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
    },
  };
}

/** Sliding expiry, written at most once an hour per session to keep reads cheap. */
export async function extendSession(
  db: Kysely<DB>,
  auth: AuthContext,
  now: Date,
  ttlMs: number,
): Promise<Date | null> {
  const renewed = new Date(now.getTime() + ttlMs);
  if (renewed.getTime() - auth.expiresAt.getTime() < 3600_000) return null;
  await db
    .updateTable('sessions')
    .set({ expires_at: renewed })
    .where('id', '=', auth.sessionId)
    .execute();
  return renewed;
}

export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function setSessionOrganization(
  db: Kysely<DB>,
  sessionId: string,
  organizationId: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ organization_id: organizationId })
    .where('id', '=', sessionId)
    .execute();
}
