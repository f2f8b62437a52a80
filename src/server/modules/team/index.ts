export { createAuditLogService, type AuditLogService } from './audit-log.service.js';
export { createGdprService, type GdprService } from './gdpr.service.js';
export { invitationMailer } from './invitation-mail.js';
export { createSupportService, type SupportService } from './support.service.js';
export { setSupport } from './team.repository.js';
export { teamRoutes } from './team.routes.js';
export {
  createTeamService,
  INVITATION_DAYS,
  type InvitationMailer,
  type TeamService,
} from './team.service.js';
