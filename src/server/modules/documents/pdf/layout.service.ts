import { DEFAULT_LAYOUT, type Layout, type LayoutSettings } from '../../../../contract/index.js';
import type { Actor, Deps } from '../../../deps.js';
import { withTenant, type Tx } from '../../../db/tenant.js';
import { writeAudit } from '../../../platform/audit.js';
import { findLayout, saveLayout, type LayoutRow } from './layout.repository.js';

function toLayout(row: LayoutRow | undefined): Layout {
  if (!row) return { ...DEFAULT_LAYOUT, updatedAt: null };
  return {
    template: row.template as Layout['template'],
    color: row.color,
    font: row.font as Layout['font'],
    logoPosition: row.logo_position as Layout['logoPosition'],
    showOrderReference: row.show_order_reference,
    showDeliveryDate: row.show_delivery_date,
    showCustomerReference: row.show_customer_reference,
    showUnitColumn: row.show_unit_column,
    showPaymentQr: row.show_payment_qr,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The organization's print layout: the defaults until someone saves one. */
export function createLayoutService({ db, clock }: Pick<Deps, 'db' | 'clock'>) {
  const load = async (trx: Tx, organizationId: string) =>
    toLayout(await findLayout(trx, organizationId));

  return {
    load,

    get: (organizationId: string): Promise<Layout> =>
      withTenant(db, organizationId, (trx) => load(trx, organizationId)),

    update: (actor: Actor, settings: LayoutSettings): Promise<Layout> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const now = clock.now();
        await saveLayout(trx, actor.organizationId, settings, now);
        await writeAudit(trx, {
          ...actor,
          action: 'layout.updated',
          entityType: 'organization',
          entityId: actor.organizationId,
          data: { template: settings.template, font: settings.font },
          at: now,
        });
        return load(trx, actor.organizationId);
      }),
  };
}

export type LayoutService = ReturnType<typeof createLayoutService>;
