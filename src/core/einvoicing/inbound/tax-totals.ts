import {
  all,
  amountOf,
  attribute,
  first,
  missing,
  optionalDecimal,
  requiredElement,
  requiredText,
  textAt,
  textOf,
  type ReadContext,
} from './read.js';
import type { ReceivedTaxSubtotal, ReceivedTaxTotal } from './types.js';
import type { XmlElement } from './xml-tree.js';

function requiredAmountElement(parent: XmlElement, step: 'cbc:TaxAmount' | 'cbc:TaxableAmount') {
  const element = requiredElement(parent, step);
  if (textOf(element) === null) throw missing(parent, step);
  return element;
}

function readSubtotal(
  subtotal: XmlElement,
  context: ReadContext,
  currency: string,
): ReceivedTaxSubtotal {
  const category = requiredElement(subtotal, 'cac:TaxCategory');
  return {
    taxableAmount: amountOf(
      requiredAmountElement(subtotal, 'cbc:TaxableAmount'),
      context,
      currency,
    ),
    taxAmount: amountOf(requiredAmountElement(subtotal, 'cbc:TaxAmount'), context, currency),
    category: requiredText(category, 'cbc:ID'),
    percent: optionalDecimal(first(category, 'cbc:Percent')),
    exemptionReason: textAt(category, 'cbc:TaxExemptionReason'),
    exemptionReasonCode: textAt(category, 'cbc:TaxExemptionReasonCode'),
  };
}

/**
 * Every `cac:TaxTotal` with its own currency: the document currency's (BT-110, with the VAT
 * breakdown) and, when BT-6 differs, the tax currency's (BT-111).
 */
export function readTaxTotals(
  root: XmlElement,
  context: ReadContext,
  taxCurrency: string | null,
): ReceivedTaxTotal[] {
  return all(root, 'cac:TaxTotal').map((total) => {
    const amount = requiredAmountElement(total, 'cbc:TaxAmount');
    const currency = attribute(amount, 'currencyID');
    const expected =
      currency !== null && (currency === context.currency || currency === taxCurrency)
        ? currency
        : context.currency;
    return {
      taxAmount: amountOf(amount, context, expected),
      currency,
      subtotals: all(total, 'cac:TaxSubtotal').map((subtotal) =>
        readSubtotal(subtotal, context, expected),
      ),
    };
  });
}
