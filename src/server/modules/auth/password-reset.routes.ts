import type { passwordResetRoutes } from '../../../contract/index.js';
import { clientOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { PasswordResetService } from './password-reset.service.js';

/** The handlers of `passwordResetRoutes` (src/contract/routes/auth.ts). */
export function passwordResetHandlers(deps: {
  passwordReset: PasswordResetService;
}): Handlers<typeof passwordResetRoutes> {
  return {
    request: async (request) => deps.passwordReset.request(request.body, clientOf(request)),
    confirm: async (request) => deps.passwordReset.confirm(request.body, clientOf(request)),
  };
}
