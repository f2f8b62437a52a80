import { describe, expect, it } from 'vitest';
import { toFormPath } from './form-paths';

describe('toFormPath', () => {
  it('puts request paths on the editor inputs', () => {
    expect(toFormPath('lines.3.unitPrice')).toBe('lines.3.unitPrice');
    expect(toFormPath('lines.3.discount.value')).toBe('lines.3.discountValue');
    expect(toFormPath('lines.3')).toBe('lines.3.description');
    expect(toFormPath('discount.value')).toBe('discountValue');
    expect(toFormPath('settlementDiscount.days')).toBe('settlementDays');
    expect(toFormPath('settlementDiscount.percent')).toBe('settlementPercent');
    expect(toFormPath('customerId')).toBe('customerId');
  });

  it('puts delivery address errors on the picker, or on the typed input they concern', () => {
    expect(toFormPath('deliveryAddress')).toBe('deliveryChoice');
    expect(toFormPath('deliveryAddress.contactAddressId')).toBe('deliveryChoice');
    expect(toFormPath('deliveryAddress.country')).toBe('deliveryTyped.country');
    expect(toFormPath('deliveryAddress.postalCode')).toBe('deliveryTyped.postalCode');
  });

  it('finds the form line of a request line when blank lines were left out', () => {
    expect(toFormPath('lines.1.quantity', [0, 2, 5])).toBe('lines.2.quantity');
    expect(toFormPath('lines.2.discount.type', [0, 2, 5])).toBe('lines.5.discountValue');
  });
});
