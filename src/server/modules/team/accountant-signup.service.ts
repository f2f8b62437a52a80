import type { z } from 'zod';
import type { signupAccountantRequestSchema } from '../../../contract/index.js';
import type { Deps } from '../../deps.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { requireStrongPassword } from '../../platform/auth/password-strength.js';
import { createSession } from '../../platform/auth/sessions.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../platform/db-errors.js';
import { Conflict } from '../../platform/errors.js';
import type { ClientInfo, StartedSession } from './invitations.service.js';
import { insertInvitedUser, makeAccountantAccount } from './team.repository.js';

type SignupAccountant = z.output<typeof signupAccountantRequestSchema>;

/** Accountants' own accounts: free, without a company; companies add them to their team. */
export function createAccountantSignupService({ db, clock, config }: Deps) {
  return {
    /** A free accountant account: a person without a company, and a session without one. */
    async signupAccountant(input: SignupAccountant, client: ClientInfo): Promise<StartedSession> {
      const score = await requireStrongPassword(input.password, input, 'password');
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      try {
        return await db.transaction().execute(async (trx) => {
          const userId = await insertInvitedUser(trx, {
            ...input,
            unusableHash: passwordHash,
            now,
          });
          await makeAccountantAccount(trx, userId, { score, now });
          const started = await createSession(trx, {
            userId,
            organizationId: null,
            ...client,
            now,
            ttlMs: config.sessionTtlMs,
          });
          return {
            ...started,
            userId,
            organizationId: null,
            expiresAt: new Date(now.getTime() + config.sessionTtlMs),
          };
        });
      } catch (error) {
        if (pgErrorCode(error) === UNIQUE_VIOLATION)
          throw Conflict('error.emailTaken', { fields: { email: 'error.emailTaken' } });
        throw error;
      }
    },
  };
}
