export { companyNumbers } from './company-number.js';
export { insertOrganization } from './organizations.repository.js';
export { createOrganizationsService, type OrganizationsService } from './organizations.service.js';
export { organizationRoutes } from './organizations.routes.js';
