export { authHandlers } from './auth.routes.js';
export { createAuthService, type AuthService } from './auth.service.js';
export { PASSWORD_RESET_MAIL_JOB } from './password-reset.jobs.js';
export { createPasswordResetService, type PasswordResetService } from './password-reset.service.js';
export { passwordResetHandlers } from './password-reset.routes.js';
