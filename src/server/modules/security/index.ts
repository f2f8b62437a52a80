export {
  createOrganizationSecurityService,
  type OrganizationSecurityService,
} from './organization-security.service.js';
export { createPasswordService, type PasswordService } from './password.service.js';
export { createSessionsService, type SessionsService } from './sessions.service.js';
export {
  createTwoFactorService,
  type SecondFactor,
  type SecondFactorMethod,
  type TwoFactorService,
} from './two-factor.service.js';
export { auditAccountChange } from './account-audit.js';
export { securityHandlers } from './security.routes.js';
