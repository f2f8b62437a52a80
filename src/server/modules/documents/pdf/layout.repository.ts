import type { Selectable } from 'kysely';
import type { LayoutSettings } from '../../../../contract/index.js';
import type { Tx } from '../../../db/tenant.js';
import type { DocumentLayouts } from '../../../db/schema.generated.js';

export type LayoutRow = Selectable<DocumentLayouts>;

export async function findLayout(trx: Tx, organizationId: string): Promise<LayoutRow | undefined> {
  return trx
    .selectFrom('document_layouts')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
}

/** One row per organization: insert the first time, replace afterwards. */
export async function saveLayout(
  trx: Tx,
  organizationId: string,
  settings: LayoutSettings,
  now: Date,
): Promise<void> {
  const values = {
    template: settings.template,
    color: settings.color,
    font: settings.font,
    logo_position: settings.logoPosition,
    show_order_reference: settings.showOrderReference,
    show_delivery_date: settings.showDeliveryDate,
    show_customer_reference: settings.showCustomerReference,
    show_unit_column: settings.showUnitColumn,
    show_payment_qr: settings.showPaymentQr,
    updated_at: now,
  };
  await trx
    .insertInto('document_layouts')
    .values({ organization_id: organizationId, ...values })
    .onConflict((conflict) => conflict.column('organization_id').doUpdateSet(values))
    .execute();
}
