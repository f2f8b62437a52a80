import {
  at,
  booleanOf,
  first,
  optionalAmount,
  optionalDecimal,
  requiredAmount,
  requiredElement,
  textAt,
  type ReadContext,
} from './read.js';
import type { ReceivedAllowanceCharge } from './types.js';
import type { XmlElement } from './xml-tree.js';

/** A `cac:AllowanceCharge`, at document level (with its VAT category) or on a line. */
export function readAllowanceCharge(
  element: XmlElement,
  context: ReadContext,
): ReceivedAllowanceCharge {
  const category = first(element, 'cac:TaxCategory');
  return {
    charge: booleanOf(requiredElement(element, 'cbc:ChargeIndicator')),
    amount: requiredAmount(element, 'cbc:Amount', context),
    baseAmount: optionalAmount(first(element, 'cbc:BaseAmount'), context),
    percent: optionalDecimal(first(element, 'cbc:MultiplierFactorNumeric')),
    reasonCode: textAt(element, 'cbc:AllowanceChargeReasonCode'),
    reason: textAt(element, 'cbc:AllowanceChargeReason'),
    vatCategory: textAt(category, 'cbc:ID'),
    vatRate: optionalDecimal(at(category, 'cbc:Percent')),
  };
}
