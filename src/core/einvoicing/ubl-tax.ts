import type { VatCategory } from '../documents/types.js';
import { type Decimal, ZERO } from '../money/decimal.js';
import { amountXml, percentText } from './ubl-amount.js';
import type { UblAllowanceCharge, UblModel, UblTaxSubtotal } from './ubl-model.js';
import { element, textElement } from './xml-writer.js';

/** A VAT category with its rate; O carries no rate at all (BR-O-05, BR-O-09). */
export function taxCategoryXml(
  name: 'cac:TaxCategory' | 'cac:ClassifiedTaxCategory',
  category: VatCategory,
  rate: Decimal,
  exemption?: Pick<UblTaxSubtotal, 'exemptionCode' | 'exemptionReason'>,
): string {
  return element(name, [
    textElement('cbc:ID', category),
    category === 'O' ? '' : textElement('cbc:Percent', percentText(rate)),
    textElement('cbc:TaxExemptionReasonCode', exemption?.exemptionCode),
    textElement('cbc:TaxExemptionReason', exemption?.exemptionReason),
    element('cac:TaxScheme', [textElement('cbc:ID', 'VAT')]),
  ]);
}

/** Document level (BG-20/BG-21) or, without a category, line level (BG-27). */
export function allowanceChargeXml(
  entry: Omit<UblAllowanceCharge, 'vatCategory' | 'vatRate'> &
    Partial<Pick<UblAllowanceCharge, 'vatCategory' | 'vatRate'>>,
  currency: string,
): string {
  return element('cac:AllowanceCharge', [
    textElement('cbc:ChargeIndicator', entry.charge ? 'true' : 'false'),
    textElement('cbc:AllowanceChargeReasonCode', entry.reasonCode),
    textElement('cbc:AllowanceChargeReason', entry.reason),
    entry.percent ? textElement('cbc:MultiplierFactorNumeric', percentText(entry.percent)) : '',
    amountXml('cbc:Amount', entry.amount, currency),
    entry.base ? amountXml('cbc:BaseAmount', entry.base, currency) : '',
    entry.vatCategory
      ? taxCategoryXml('cac:TaxCategory', entry.vatCategory, entry.vatRate ?? ZERO)
      : '',
  ]);
}

/** BG-23, then BT-111 (the VAT total in EUR, without breakdown) for another currency. */
export function taxTotalsXml(model: UblModel, currency: string): string {
  const breakdown = element('cac:TaxTotal', [
    amountXml('cbc:TaxAmount', model.taxTotal, currency),
    ...model.taxSubtotals.map((row) =>
      element('cac:TaxSubtotal', [
        amountXml('cbc:TaxableAmount', row.taxable, currency),
        amountXml('cbc:TaxAmount', row.vat, currency),
        taxCategoryXml('cac:TaxCategory', row.vatCategory, row.vatRate, row),
      ]),
    ),
  ]);
  const inEur =
    model.taxTotalEur === null
      ? ''
      : element('cac:TaxTotal', [amountXml('cbc:TaxAmount', model.taxTotalEur, 'EUR')]);
  return breakdown + inEur;
}

export function monetaryTotalXml(model: UblModel, currency: string): string {
  const m = model.monetary;
  return element('cac:LegalMonetaryTotal', [
    amountXml('cbc:LineExtensionAmount', m.lineExtension, currency),
    amountXml('cbc:TaxExclusiveAmount', m.taxExclusive, currency),
    amountXml('cbc:TaxInclusiveAmount', m.taxInclusive, currency),
    m.allowanceTotal.eq(ZERO)
      ? ''
      : amountXml('cbc:AllowanceTotalAmount', m.allowanceTotal, currency),
    m.chargeTotal.eq(ZERO) ? '' : amountXml('cbc:ChargeTotalAmount', m.chargeTotal, currency),
    m.prepaid.eq(ZERO) ? '' : amountXml('cbc:PrepaidAmount', m.prepaid, currency),
    amountXml('cbc:PayableAmount', m.payable, currency),
  ]);
}
