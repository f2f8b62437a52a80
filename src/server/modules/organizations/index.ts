export { companyNumbers } from './company-number.js';
export { setUpOrganization } from './organization-setup.js';
export { createOrganizationsService, type OrganizationsService } from './organizations.service.js';
export { organizationHandlers } from './organizations.routes.js';
