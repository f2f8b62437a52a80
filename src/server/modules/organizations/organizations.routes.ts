import type { organizationRoutes } from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import { readSingleFile } from '../../platform/uploads.js';
import { LOGO_MAX_BYTES } from '../../../contract/index.js';
import { NotFound } from '../../platform/errors.js';
import { logoTooLarge, type OrganizationsService } from './organizations.service.js';

/** The handlers of `organizationRoutes` (src/contract/routes/organization.ts). */
export function organizationHandlers(deps: {
  organizations: OrganizationsService;
}): Handlers<typeof organizationRoutes> {
  return {
    get: async (request) => deps.organizations.get(authOf(request).organizationId),

    update: async (request) => deps.organizations.update(actorOf(request), request.body),

    uploadLogo: async (request) => {
      let data: Buffer;
      try {
        data = (await readSingleFile(request, LOGO_MAX_BYTES)).data;
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw logoTooLarge();
        throw error;
      }
      return deps.organizations.uploadLogo(actorOf(request), data);
    },

    removeLogo: async (request) => deps.organizations.removeLogo(actorOf(request)),

    logo: async (request, reply) => {
      const logo = await deps.organizations.readLogo(authOf(request).organizationId);
      if (!logo) throw NotFound();
      // SVGs are shown as images only: no scripts even if one slipped through, no sniffing.
      return reply
        .type(logo.type)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .header('x-content-type-options', 'nosniff')
        .send(logo.data);
    },
  };
}
