import type { Session } from '../../../contract/index.js';
import type { Deps } from '../../deps.js';
import type { AuthContext } from '../../platform/auth/sessions.js';
import { NotFound } from '../../platform/errors.js';
import { auditAccountChange } from './account-audit.js';
import {
  deleteSessionByPublicId,
  deleteUserSessions,
  listSessions,
} from './security.repository.js';

export function createSessionsService({ db, clock, sessions }: Deps) {
  return {
    /** The user's open sessions, most recently used first; the caller's own is marked. */
    async list(auth: AuthContext): Promise<Session[]> {
      const rows = await listSessions(db, auth.userId, clock.now());
      return rows.map((row) => ({
        id: row.public_id,
        userAgent: row.user_agent,
        ip: row.ip,
        createdAt: row.created_at.toISOString(),
        lastSeenAt: row.last_seen_at.toISOString(),
        current: row.id === auth.sessionId,
      }));
    },

    /** Ends one session of the user (their own current one included: that is a logout). */
    async revoke(
      auth: AuthContext,
      publicId: string,
      client: { ip: string | null },
    ): Promise<{ current: boolean }> {
      const now = clock.now();
      const id = await db.transaction().execute(async (trx) => {
        const deleted = await deleteSessionByPublicId(trx, auth.userId, publicId);
        if (!deleted) throw NotFound();
        await auditAccountChange(trx, {
          organizationId: auth.organizationId,
          userId: auth.userId,
          action: 'auth.session_revoked',
          data: { session: publicId },
          ip: client.ip,
          at: now,
        });
        return deleted;
      });
      sessions.delete(id);
      return { current: id === auth.sessionId };
    },

    /** Ends every session of the user except the caller's. */
    async revokeOthers(auth: AuthContext, client: { ip: string | null }): Promise<number> {
      const now = clock.now();
      const ids = await db.transaction().execute(async (trx) => {
        const deleted = await deleteUserSessions(trx, auth.userId, auth.sessionId);
        await auditAccountChange(trx, {
          organizationId: auth.organizationId,
          userId: auth.userId,
          action: 'auth.sessions_revoked',
          data: { count: deleted.length },
          ip: client.ip,
          at: now,
        });
        return deleted;
      });
      for (const id of ids) sessions.delete(id);
      return ids.length;
    },
  };
}

export type SessionsService = ReturnType<typeof createSessionsService>;
