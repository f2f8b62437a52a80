export { meHandlers } from './me.routes.js';
export { createMeService, type MeService } from './me.service.js';
export { listMemberships, type MembershipRow } from './me.repository.js';
