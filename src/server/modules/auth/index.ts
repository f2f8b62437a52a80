export { authRoutes } from './auth.routes.js';
export { createAuthService, type AuthService } from './auth.service.js';
export {
  createPasswordResetService,
  PASSWORD_RESET_MAIL_JOB,
  type PasswordResetService,
} from './password-reset.service.js';
export { passwordResetRoutes } from './password-reset.routes.js';
