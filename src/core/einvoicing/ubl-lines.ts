import { formatDecimal } from '../money/decimal.js';
import { amountXml } from './ubl-amount.js';
import { GTIN_SCHEME } from './ubl-constants.js';
import type { UblLineModel } from './ubl-model.js';
import { allowanceChargeXml, taxCategoryXml } from './ubl-tax.js';
import { element, textElement } from './xml-writer.js';

/** BG-25: one InvoiceLine (or CreditNoteLine) per item line of the document. */
export function lineXml(line: UblLineModel, currency: string, creditNote: boolean): string {
  const root = creditNote ? 'cac:CreditNoteLine' : 'cac:InvoiceLine';
  const quantity = creditNote ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity';
  return element(root, [
    textElement('cbc:ID', line.id),
    textElement(quantity, formatDecimal(line.quantity), { unitCode: line.unitCode }),
    amountXml('cbc:LineExtensionAmount', line.net, currency),
    line.allowance ? allowanceChargeXml({ ...line.allowance, charge: false }, currency) : '',
    element('cac:Item', [
      textElement('cbc:Description', line.description),
      textElement('cbc:Name', line.name),
      element('cac:SellersItemIdentification', [textElement('cbc:ID', line.sellerItemId)]),
      element('cac:StandardItemIdentification', [
        textElement('cbc:ID', line.ean, { schemeID: GTIN_SCHEME }),
      ]),
      taxCategoryXml('cac:ClassifiedTaxCategory', line.vatCategory, line.vatRate),
    ]),
    element('cac:Price', [textElement('cbc:PriceAmount', line.price, { currencyID: currency })]),
  ]);
}
