import { appListSchema, appParamsSchema, appSwitchRequestSchema } from '../apps.js';
import { defineRoutes } from './define.js';

/** The switchboard: which apps the organization uses. */
export const appRoutes = defineRoutes('apps', {
  list: {
    method: 'GET',
    path: '/apps',
    access: 'member',
    summary: 'Every app with whether it is on for the organization (base apps always are)',
    response: appListSchema,
  },
  setEnabled: {
    method: 'PUT',
    path: '/apps/:app',
    access: 'settings',
    ownerOnly: true,
    summary:
      'Switch an optional app on or off: off hides it and answers 403 appDisabled on its routes; its data is kept and its scheduled jobs pause',
    params: appParamsSchema,
    body: appSwitchRequestSchema,
    response: appListSchema,
  },
});
