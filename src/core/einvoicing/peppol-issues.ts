/** Stable codes of what stops a document from going over PEPPOL; the UI translates `peppol.<code>`. */
export const PEPPOL_ISSUE_CODES = [
  'noLines',
  'numberMissing',
  'dateInvalid',
  'invoicePeriodInvalid',
  'currencyInvalid',
  'exchangeRateMissing',
  'referenceMissing',
  'invalidAmount',
  'lineDescriptionMissing',
  'unitCodeInvalid',
  'sellerNameMissing',
  'sellerCountryMissing',
  'sellerAddressIncomplete',
  'sellerIdMissing',
  'sellerVatMissing',
  'sellerEndpointMissing',
  'buyerNameMissing',
  'buyerCountryMissing',
  'buyerAddressIncomplete',
  'buyerVatMissing',
  'buyerEndpointMissing',
  'endpointInvalid',
  'enterpriseNumberInvalid',
  'vatNumberInvalid',
  'exemptionReasonMissing',
  'exemptionCodeInvalid',
  'outsideScopeMixed',
  'intraEuBuyerOutsideEu',
  'intraEuBuyerDomestic',
  'intraEuDeliveryDateMissing',
  'intraEuDeliveryCountryMissing',
  'exportToEu',
  'ibanMissing',
  'structuredCommunicationInvalid',
  'dueDateMissing',
] as const;

export type PeppolIssueCode = (typeof PEPPOL_ISSUE_CODES)[number];

/**
 * One reason the receiver would refuse the document. `rule` is the official rule id (EN 16931
 * `BR-…`, PEPPOL `PEPPOL-EN16931-…`/`PEPPOL-COMMON-…`) when one exists; checks that come from
 * Belgian law rather than the PEPPOL rules are named `FACTO-…`:
 * - `FACTO-EUR-RATE`: the VAT of a foreign-currency invoice must also be stated in EUR;
 * - `FACTO-ADDRESS`: both parties' addresses are mandatory mentions (RD no. 1, art. 5);
 * - `FACTO-IC-COUNTRY`, `FACTO-IC-DOMESTIC`: an intra-EU supply goes to another member state;
 * - `FACTO-G-EU`: an export leaves the EU;
 * - `FACTO-OGM`: the structured communication's check digits;
 * - `FACTO-TOTALS`: a line or amount that computeTotals refuses.
 * `path` is the dotted field of `UblDocumentInput` to correct (`buyer.vatNumber`, `lines.3.description`).
 */
export interface PeppolIssue {
  rule: string;
  path: string;
  code: PeppolIssueCode;
}
