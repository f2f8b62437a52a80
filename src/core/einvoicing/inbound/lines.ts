import { readAllowanceCharge } from './allowance-charge.js';
import {
  all,
  at,
  attribute,
  dateAt,
  decimalOf,
  first,
  identifierOf,
  missing,
  optionalAmount,
  optionalDecimal,
  requiredAmount,
  requiredElement,
  requiredText,
  textAt,
  textOf,
  type ReadContext,
} from './read.js';
import type { ReceivedDocumentKind, ReceivedLine, ReceivedPeriod } from './types.js';
import type { XmlElement } from './xml-tree.js';

export function readPeriod(element: XmlElement | null): ReceivedPeriod | null {
  if (!element) return null;
  const period: ReceivedPeriod = {
    start: dateAt(element, 'cbc:StartDate'),
    end: dateAt(element, 'cbc:EndDate'),
    descriptionCode: textAt(element, 'cbc:DescriptionCode'),
  };
  return Object.values(period).some((value) => value !== null) ? period : null;
}

const LINE_STEPS = {
  invoice: { line: 'cac:InvoiceLine', quantity: 'cbc:InvoicedQuantity' },
  creditNote: { line: 'cac:CreditNoteLine', quantity: 'cbc:CreditedQuantity' },
} as const;

export function lineElements(root: XmlElement, kind: ReceivedDocumentKind): XmlElement[] {
  return all(root, LINE_STEPS[kind].line);
}

/** BG-25: what EN 16931 makes mandatory on a line is required; the rest is read if present. */
export function readLine(
  line: XmlElement,
  kind: ReceivedDocumentKind,
  context: ReadContext,
): ReceivedLine {
  const quantity = requiredElement(line, LINE_STEPS[kind].quantity);
  if (textOf(quantity) === null) throw missing(line, LINE_STEPS[kind].quantity);
  const item = requiredElement(line, 'cac:Item');
  const taxCategory = first(item, 'cac:ClassifiedTaxCategory');
  const price = requiredElement(line, 'cac:Price');
  const baseQuantity = first(price, 'cbc:BaseQuantity');
  const priceAllowance = first(price, 'cac:AllowanceCharge');
  return {
    id: requiredText(line, 'cbc:ID'),
    note: textAt(line, 'cbc:Note'),
    quantity: decimalOf(quantity),
    unitCode: attribute(quantity, 'unitCode'),
    lineNet: requiredAmount(line, 'cbc:LineExtensionAmount', context),
    accountingCost: textAt(line, 'cbc:AccountingCost'),
    orderLineReference: textAt(line, 'cac:OrderLineReference', 'cbc:LineID'),
    period: readPeriod(first(line, 'cac:InvoicePeriod')),
    price: requiredAmount(price, 'cbc:PriceAmount', context),
    baseQuantity: optionalDecimal(baseQuantity),
    baseQuantityUnitCode: attribute(baseQuantity, 'unitCode'),
    priceDiscount: optionalAmount(first(priceAllowance, 'cbc:Amount'), context),
    grossPrice: optionalAmount(first(priceAllowance, 'cbc:BaseAmount'), context),
    itemName: requiredText(item, 'cbc:Name'),
    description: textAt(item, 'cbc:Description'),
    sellerItemId: textAt(item, 'cac:SellersItemIdentification', 'cbc:ID'),
    buyerItemId: textAt(item, 'cac:BuyersItemIdentification', 'cbc:ID'),
    standardId: identifierOf(at(item, 'cac:StandardItemIdentification', 'cbc:ID')),
    classifications: all(item, 'cac:CommodityClassification').flatMap((classification) => {
      const code = first(classification, 'cbc:ItemClassificationCode');
      const id = textOf(code);
      return id === null ? [] : [{ id, scheme: attribute(code, 'listID') }];
    }),
    originCountry: textAt(item, 'cac:OriginCountry', 'cbc:IdentificationCode'),
    vatCategory: requiredText(item, 'cac:ClassifiedTaxCategory', 'cbc:ID'),
    vatRate: optionalDecimal(first(taxCategory, 'cbc:Percent')),
    allowancesCharges: all(line, 'cac:AllowanceCharge').map((element) =>
      readAllowanceCharge(element, context),
    ),
    properties: all(item, 'cac:AdditionalItemProperty').flatMap((property) => {
      const name = textAt(property, 'cbc:Name');
      const value = textAt(property, 'cbc:Value');
      return name === null || value === null ? [] : [{ name, value }];
    }),
  };
}
