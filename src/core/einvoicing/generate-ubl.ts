import { NAMESPACES, CUSTOMIZATION_ID, PROFILE_ID, TYPE_CODES } from './ubl-constants.js';
import { lineXml } from './ubl-lines.js';
import { type UblModel, buildUblModel } from './ubl-model.js';
import { buyerXml, deliveryXml, sellerXml } from './ubl-parties.js';
import { paymentMeansXml, paymentTermsXml } from './ubl-payment.js';
import { allowanceChargeXml, monetaryTotalXml, taxTotalsXml } from './ubl-tax.js';
import type { UblDocumentInput } from './ubl-types.js';
import { cleanText, element, textElement } from './xml-writer.js';

/**
 * BT-10. PEPPOL needs a buyer reference or an order reference (PEPPOL-EN16931-R003), and few
 * small customers give one: without either, the customer number is sent (it is how the buyer
 * appears in our books and on the PDF), and failing that the document number.
 */
export function effectiveBuyerReference(input: UblDocumentInput): string {
  const given = cleanText(input.buyerReference);
  if (given || cleanText(input.orderReference)) return given;
  return cleanText(input.buyer.customerNumber) || cleanText(input.number);
}

function referencesXml(input: UblDocumentInput): string[] {
  const period = input.invoicePeriod;
  const billing = input.billingReference;
  const attachment = input.attachment;
  return [
    textElement('cbc:BuyerReference', effectiveBuyerReference(input)),
    period
      ? element('cac:InvoicePeriod', [
          textElement('cbc:StartDate', period.start),
          textElement('cbc:EndDate', period.end),
        ])
      : '',
    element('cac:OrderReference', [textElement('cbc:ID', input.orderReference)]),
    billing
      ? element('cac:BillingReference', [
          element('cac:InvoiceDocumentReference', [
            textElement('cbc:ID', billing.number),
            textElement('cbc:IssueDate', billing.issueDate),
          ]),
        ])
      : '',
    attachment
      ? element('cac:AdditionalDocumentReference', [
          textElement('cbc:ID', cleanText(input.number) || attachment.filename),
          element('cac:Attachment', [
            textElement('cbc:EmbeddedDocumentBinaryObject', attachment.base64.replace(/\s/g, ''), {
              mimeCode: cleanText(attachment.mimeCode) || 'application/pdf',
              filename: attachment.filename,
            }),
          ]),
        ])
      : '',
  ];
}

function documentXml(model: UblModel): string {
  const { input, labels } = model;
  const creditNote = input.kind === 'creditNote';
  const root = creditNote ? 'CreditNote' : 'Invoice';
  const currency = cleanText(input.currency).toUpperCase();
  // Out-of-scope documents must not carry VAT numbers (BR-O-02…04).
  const withVat = !model.lines.some((line) => line.vatCategory === 'O');
  const body = [
    textElement('cbc:CustomizationID', CUSTOMIZATION_ID),
    textElement('cbc:ProfileID', PROFILE_ID),
    textElement('cbc:ID', input.number),
    textElement('cbc:IssueDate', input.issueDate),
    creditNote ? '' : textElement('cbc:DueDate', input.dueDate),
    textElement(
      creditNote ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode',
      TYPE_CODES[input.kind],
    ),
    textElement('cbc:Note', model.note),
    textElement('cbc:DocumentCurrencyCode', currency),
    model.taxTotalEur === null ? '' : textElement('cbc:TaxCurrencyCode', 'EUR'),
    ...referencesXml(input),
    sellerXml(input, labels, withVat),
    buyerXml(input, labels, withVat),
    deliveryXml(input, labels),
    paymentMeansXml(model),
    paymentTermsXml(model),
    ...model.allowanceCharges.map((entry) => allowanceChargeXml(entry, currency)),
    taxTotalsXml(model, currency),
    monetaryTotalXml(model, currency),
    ...model.lines.map((line) => lineXml(line, currency, creditNote)),
  ];
  return element(root, body, {
    xmlns: NAMESPACES[root],
    'xmlns:cac': NAMESPACES.cac,
    'xmlns:cbc': NAMESPACES.cbc,
  });
}

/**
 * The PEPPOL BIS Billing 3.0 UBL of a document (DOMAIN §7), as a UTF-8 XML string. Every amount
 * comes from `computeTotals` on the same lines, so the UBL and the PDF agree to the cent.
 * Throws `TotalsError` on lines that computeTotals refuses; run `validateForPeppol` first to
 * learn what the receiver would refuse.
 */
export function generateUbl(input: UblDocumentInput): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${documentXml(buildUblModel(input))}\n`;
}
