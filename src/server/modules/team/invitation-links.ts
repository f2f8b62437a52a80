import type { InvitationLink, Language } from '../../../contract/index.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import { hashToken, randomToken } from '../../platform/auth/tokens.js';
import type { Caller } from './members.js';
import { findInvitationNames, replaceInvitation } from './team.repository.js';

export const INVITATION_DAYS = 7;

/**
 * Sends an invitation link by email when the installation can; returns whether it did. Given
 * by the app when an email transport exists (the link is always shown to the owner as well).
 */
export type InvitationMailer = (invitation: {
  organizationId: string;
  /** The owner who invites. */
  invitedBy: string;
  email: string;
  firstName: string;
  organizationName: string;
  inviterName: string;
  url: string;
  expiresAt: Date;
  language: Language;
}) => Promise<boolean>;

/** Invitation links: issued in the caller's transaction, then e-mailed when possible. */
export function createInvitationLinks({ db, clock }: Deps, mailer: InvitationMailer | undefined) {
  return {
    /** A fresh single-use link: 256 random bits, only the SHA-256 is stored, valid 7 days. */
    async issue(
      trx: Tx,
      caller: Caller,
      userId: string,
      origin: string,
    ): Promise<{ url: string; expiresAt: Date }> {
      const token = randomToken();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 3600_000);
      await replaceInvitation(trx, {
        organizationId: caller.organizationId,
        userId,
        tokenHash: hashToken(token),
        createdBy: caller.userId,
        now,
        expiresAt,
      });
      return { url: `${origin}/invite/${token}`, expiresAt };
    },

    /** E-mails the link (after the transaction), and tells the owner whether it left. */
    async send(
      caller: Caller,
      link: { url: string; expiresAt: Date },
      to: { email: string; firstName: string; language: Language },
    ): Promise<InvitationLink> {
      let emailed = false;
      if (mailer) {
        const names = await withTenant(db, caller.organizationId, (trx) =>
          findInvitationNames(trx, caller.organizationId, caller.userId),
        );
        emailed = await mailer({
          organizationId: caller.organizationId,
          invitedBy: caller.userId,
          ...to,
          ...names,
          url: link.url,
          expiresAt: link.expiresAt,
        })
          // A failed delivery is not an error for the owner: the link is shown to copy anyway.
          .catch(() => false);
      }
      return { url: link.url, expiresAt: link.expiresAt.toISOString(), emailed };
    },
  };
}

export type InvitationLinks = ReturnType<typeof createInvitationLinks>;
