import { z } from 'zod';
import { text } from '../common.js';
import {
  LOGO_MAX_BYTES,
  organizationSchema,
  updateOrganizationRequestSchema,
} from '../organization.js';

import { defineRoutes } from './define.js';

/** The current organization's company information and logo. */
export const organizationRoutes = defineRoutes('organization', {
  get: {
    method: 'GET',
    path: '/organization',
    access: 'member',
    summary: 'Company information of the current organization',
    response: organizationSchema,
  },
  update: {
    method: 'PUT',
    path: '/organization',
    access: 'settings',
    summary: 'Replace the company information (bank accounts included)',
    body: updateOrganizationRequestSchema,
    response: organizationSchema,
  },
  uploadLogo: {
    method: 'PUT',
    path: '/organization/logo',
    access: 'settings',
    summary: `Upload the logo (multipart field "file": PNG, JPEG or SVG, at most ${LOGO_MAX_BYTES} bytes)`,
    multipart: true,
    response: organizationSchema,
  },
  removeLogo: {
    method: 'DELETE',
    path: '/organization/logo',
    access: 'settings',
    summary: 'Remove the logo',
    response: organizationSchema,
  },
  logo: {
    method: 'GET',
    path: '/organization/logo',
    access: 'member',
    summary: 'The logo image',
    query: z.object({ v: text(100).optional() }),
    file: 'image/*',
  },
});
