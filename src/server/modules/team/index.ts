import type { Deps } from '../../deps.js';
import { createAccountantSignupService } from './accountant-signup.service.js';
import { createInvitationLinks, type InvitationMailer } from './invitation-links.js';
import { createInvitationsService } from './invitations.service.js';
import { createMembersService } from './members.service.js';

export { createAuditLogService, type AuditLogService } from './audit-log.service.js';
export { createGdprService, type GdprService } from './gdpr.service.js';
export { INVITATION_DAYS, type InvitationMailer } from './invitation-links.js';
export { invitationMailer } from './invitation-mail.js';
export { createSupportService, type SupportService } from './support.service.js';
export { setSupport } from './support.repository.js';
export { teamHandlers } from './team.routes.js';

/**
 * The team: the organization's users (owners manage them), invitation links, and accountants'
 * own accounts. `mailer` e-mails invitation links when the installation can.
 */
export function createTeamService(deps: Deps, options: { mailer?: InvitationMailer } = {}) {
  const links = createInvitationLinks(deps, options.mailer);
  return {
    ...createMembersService(deps, links),
    ...createInvitationsService(deps, links),
    ...createAccountantSignupService(deps),
  };
}

export type TeamService = ReturnType<typeof createTeamService>;
