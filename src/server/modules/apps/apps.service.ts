import {
  BASE_APPS,
  OPTIONAL_APPS,
  type AppList,
  type OptionalApp,
} from '../../../contract/index.js';
import { withTenant } from '../../db/tenant.js';
import type { Actor, Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { disabledApps, setDisabledApps } from './apps.repository.js';

function listOf(disabled: readonly OptionalApp[]): AppList {
  return {
    items: [
      ...BASE_APPS.map((id) => ({ id, base: true, enabled: true })),
      ...OPTIONAL_APPS.map((id) => ({ id, base: false, enabled: !disabled.includes(id) })),
    ],
  };
}

/** The switchboard: an owner turns the optional apps on and off for the organization. */
export function createAppsService(deps: Pick<Deps, 'db' | 'clock' | 'sessions' | 'memberships'>) {
  const { db, clock } = deps;
  return {
    async list(organizationId: string): Promise<AppList> {
      return listOf(
        await withTenant(db, organizationId, (trx) => disabledApps(trx, organizationId)),
      );
    },

    async setEnabled(actor: Actor, app: OptionalApp, enabled: boolean): Promise<AppList> {
      const disabled = await withTenant(db, actor.organizationId, async (trx) => {
        const before = await disabledApps(trx, actor.organizationId);
        const after = enabled ? before.filter((a) => a !== app) : [...new Set([...before, app])];
        if (after.length === before.length) return before; // already so: nothing to record
        const now = clock.now();
        await setDisabledApps(trx, actor.organizationId, after, now);
        await writeAudit(trx, {
          organizationId: actor.organizationId,
          userId: actor.userId,
          action: enabled ? 'organization.app_enabled' : 'organization.app_disabled',
          entityType: 'organization',
          entityId: actor.organizationId,
          data: { app },
          ip: actor.ip,
          at: now,
        });
        return after;
      });
      // Sessions of this organization carry its switched-off apps: this process forgets them now.
      deps.sessions.deleteWhere((auth) => auth.organizationId === actor.organizationId);
      deps.memberships.deleteWhere((rows) =>
        rows.some((row) => row.organizationId === actor.organizationId),
      );
      return listOf(disabled);
    },
  };
}

export type AppsService = ReturnType<typeof createAppsService>;
