import type { z } from 'zod';
import type {
  InvitationInfo,
  InvitationLink,
  acceptInvitationRequestSchema,
} from '../../../contract/index.js';
import { enterTenant, withTenant } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { requireStrongPassword } from '../../platform/auth/password-strength.js';
import { createSession, type NewSession } from '../../platform/auth/sessions.js';
import { hashToken } from '../../platform/auth/tokens.js';
import { Conflict, NotFound } from '../../platform/errors.js';
import type { InvitationLinks } from './invitation-links.js';
import { requireOwner, type Caller } from './members.js';
import { auditTeam, memberRow } from './members.service.js';
import {
  findInvitation,
  lockInvitation,
  markInvitationUsed,
  setInvitedPassword,
} from './team.repository.js';

type Accept = z.output<typeof acceptInvitationRequestSchema>;

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface StartedSession extends NewSession {
  userId: string;
  organizationId: string | null;
  expiresAt: Date;
}

const invalid = () => NotFound('error.invitation.invalid');

/** Invitation links: renewed by owners, opened and used once by the invited person. */
export function createInvitationsService(
  { db, clock, config, memberships }: Deps,
  invitations: InvitationLinks,
) {
  return {
    /** A new link for a user who has not chosen a password yet (the old one stops working). */
    async renewInvitation(caller: Caller, userId: string, origin: string): Promise<InvitationLink> {
      requireOwner(caller);
      const result = await withTenant(db, caller.organizationId, async (trx) => {
        const target = await memberRow(trx, caller.organizationId, userId);
        if (target.passwordSet || target.deactivatedAt) throw Conflict('error.team.notInvited');
        const link = await invitations.issue(trx, caller, userId, origin);
        await auditTeam(trx, caller, 'team.invitationRenewed', userId, clock.now());
        return { target, link };
      });
      return invitations.send(caller, result.link, result.target);
    },

    async invitation(token: string): Promise<InvitationInfo> {
      const row = await findInvitation(db, hashToken(token), clock.now());
      if (!row) throw invalid();
      return {
        organizationName: row.legal_name,
        email: row.email,
        firstName: row.first_name,
        lastName: row.last_name,
        accountExists: row.password_set,
      };
    },

    /** Sets the invited user's name and password, uses up the link, and logs them in. */
    async acceptInvitation(
      token: string,
      input: Accept,
      client: ClientInfo,
    ): Promise<StartedSession> {
      const preview = await findInvitation(db, hashToken(token), clock.now());
      if (!preview) throw invalid();
      if (preview.password_set) throw Conflict('error.invitation.accountExists');
      const score = await requireStrongPassword(
        input.password,
        {
          email: preview.email,
          firstName: input.firstName,
          lastName: input.lastName,
          companyName: preview.legal_name,
        },
        'password',
      );
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      const session = await db.transaction().execute(async (trx) => {
        // Single use under concurrency: the row is taken (locked and re-checked) before it is spent.
        const invitation = await lockInvitation(trx, hashToken(token), now);
        if (!invitation) throw invalid();
        const updated = await setInvitedPassword(trx, invitation.user_id, {
          passwordHash,
          score,
          firstName: input.firstName,
          lastName: input.lastName,
          language: input.language,
          organizationId: invitation.organization_id,
          now,
        });
        if (!updated) throw Conflict('error.invitation.accountExists');
        await markInvitationUsed(trx, invitation.organization_id, invitation.id, now);
        const started = await createSession(trx, {
          userId: invitation.user_id,
          organizationId: invitation.organization_id,
          ...client,
          now,
          ttlMs: config.sessionTtlMs,
        });
        await enterTenant(trx, invitation.organization_id);
        await writeAudit(trx, {
          organizationId: invitation.organization_id,
          userId: invitation.user_id,
          action: 'team.invitationAccepted',
          entityType: 'user',
          entityId: invitation.user_id,
          ip: client.ip,
          at: now,
        });
        return {
          ...started,
          userId: invitation.user_id,
          organizationId: invitation.organization_id,
          expiresAt: new Date(now.getTime() + config.sessionTtlMs),
        };
      });
      memberships.delete(session.userId);
      return session;
    },
  };
}

export type InvitationsService = ReturnType<typeof createInvitationsService>;
