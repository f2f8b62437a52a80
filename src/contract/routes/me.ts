import { meResponseSchema, switchOrganizationRequestSchema, updateMeRequestSchema } from '../me.js';
import { createOrganizationRequestSchema } from '../organization.js';

import { defineRoutes } from './define.js';

/** The signed-in user: who they are, their settings, the organization they work in. */
export const meRoutes = defineRoutes('me', {
  get: {
    method: 'GET',
    path: '/me',
    access: 'member',
    beforeTwoFactorSetup: true,
    summary: 'The current user, organization, role and permissions',
    response: meResponseSchema,
  },
  update: {
    method: 'PATCH',
    path: '/me',
    access: 'member',
    beforeTwoFactorSetup: true,
    summary: 'Personal settings: first name, last name, interface language',
    body: updateMeRequestSchema,
    response: meResponseSchema,
  },
  switchOrganization: {
    method: 'POST',
    path: '/me/organization',
    access: 'account',
    beforeTwoFactorSetup: true,
    summary: 'Switch the session to another organization the user belongs to',
    body: switchOrganizationRequestSchema,
    response: meResponseSchema,
  },
  createOrganization: {
    method: 'POST',
    path: '/organizations',
    access: 'member',
    summary: 'Create another organization owned by the current user and switch to it',
    body: createOrganizationRequestSchema,
    response: meResponseSchema,
    status: 201,
  },
});
