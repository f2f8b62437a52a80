export { authRoutes } from './auth.routes.js';
export { createAuthService, type AuthService } from './auth.service.js';
