import { type Decimal, formatDecimal, formatMoney } from '../money/decimal.js';
import { textElement } from './xml-writer.js';

/** An amount: two decimals (BR-DEC), in the document currency (PEPPOL-EN16931-R051). */
export function amountXml(name: string, value: Decimal, currency: string): string {
  return textElement(name, formatMoney(value), { currencyID: currency });
}

/** A VAT rate or allowance percent: `21`, `5.5`. */
export function percentText(value: Decimal): string {
  return formatDecimal(value);
}
