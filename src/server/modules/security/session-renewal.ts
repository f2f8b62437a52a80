import type { Deps } from '../../deps.js';
import type { AuthContext } from '../../platform/auth/sessions.js';
import { hashToken, randomToken } from '../../platform/auth/tokens.js';
import type { Database } from '../../db/database.js';
import { renewSessionToken } from './security.repository.js';

/** A session's new cookie values, for the route to set. */
export interface RenewedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * New session identifier after a privilege change (password, two-factor): the old cookie stops
 * working at once, the session itself (organization, creation, public id) carries on.
 */
export async function renewSession(
  db: Database,
  deps: Pick<Deps, 'sessions' | 'config'>,
  auth: Pick<AuthContext, 'sessionId'>,
  now: Date,
): Promise<RenewedSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlMs);
  await renewSessionToken(db, auth.sessionId, {
    id: hashToken(token),
    csrfToken,
    expiresAt,
    now,
  });
  deps.sessions.delete(auth.sessionId);
  return { token, csrfToken, expiresAt };
}
