import type { z } from 'zod';
import type { changePasswordRequestSchema } from '../../../contract/index.js';
import type { Deps } from '../../deps.js';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords.js';
import { requireStrongPassword } from '../../platform/auth/password-strength.js';
import type { AuthContext } from '../../platform/auth/sessions.js';
import { Unauthenticated, Validation } from '../../platform/errors.js';
import { auditAccountChange } from './account-audit.js';
import { checkCurrentPassword } from './reauthentication.js';
import {
  companyNames,
  deleteUserSessions,
  findSecurityUser,
  updatePassword,
} from './security.repository.js';
import { renewSession, type RenewedSession } from './session-renewal.js';

type ChangePassword = z.output<typeof changePasswordRequestSchema>;

export function createPasswordService(deps: Deps) {
  const { db, clock, sessions } = deps;
  return {
    /**
     * Changes the password after checking the current one: the new one must be strong enough,
     * every other session of the user ends, and this one gets a new identifier.
     */
    async change(
      auth: AuthContext,
      input: ChangePassword,
      client: { ip: string | null },
    ): Promise<RenewedSession> {
      const now = clock.now();
      const user = await findSecurityUser(db, auth.userId);
      if (!user) throw Unauthenticated();
      await checkCurrentPassword(db, user, input.currentPassword, now, 'currentPassword');
      const score = await requireStrongPassword(
        input.newPassword,
        {
          email: user.email,
          firstName: user.first_name,
          lastName: user.last_name,
          companyName: (await companyNames(db, user.id)).join(' '),
        },
        'newPassword',
      );
      if (await verifyPassword(user.password_hash, input.newPassword))
        throw Validation({ newPassword: 'validation.samePassword' });
      const passwordHash = await hashPassword(input.newPassword);
      const renewed = await db.transaction().execute(async (trx) => {
        await updatePassword(trx, user.id, { passwordHash, score, now });
        const revoked = await deleteUserSessions(trx, user.id, auth.sessionId);
        const session = await renewSession(trx, deps, auth, now);
        await auditAccountChange(trx, {
          organizationId: auth.organizationId,
          userId: user.id,
          action: 'auth.password_changed',
          data: { otherSessionsEnded: revoked.length },
          ip: client.ip,
          at: now,
        });
        return session;
      });
      sessions.deleteWhere((cached) => cached.userId === user.id);
      return renewed;
    },
  };
}

export type PasswordService = ReturnType<typeof createPasswordService>;
