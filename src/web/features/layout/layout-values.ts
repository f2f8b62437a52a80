import type { Layout, LayoutInput } from '../../../contract/index.js';

export type LayoutValues = Omit<Layout, 'updatedAt'>;

export function toLayoutValues(layout: Layout): LayoutValues {
  return {
    template: layout.template,
    color: layout.color,
    font: layout.font,
    logoPosition: layout.logoPosition,
    showOrderReference: layout.showOrderReference,
    showDeliveryDate: layout.showDeliveryDate,
    showCustomerReference: layout.showCustomerReference,
    showUnitColumn: layout.showUnitColumn,
    showPaymentQr: layout.showPaymentQr,
  };
}

export function toLayoutInput(values: LayoutValues): LayoutInput {
  return { ...values };
}
