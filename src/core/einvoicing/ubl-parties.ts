import { normalizeVatNumber } from '../identifiers/vat-number.js';
import { belgianEnterpriseNumber, isBelgian, partyEndpoint } from './endpoints.js';
import type { UblLabels } from './labels.js';
import { BE_ENTERPRISE_SCHEME } from './ubl-constants.js';
import type { UblAddress, UblBuyer, UblDocumentInput, UblSeller } from './ubl-types.js';
import { cleanText, element, textElement } from './xml-writer.js';

/** `Rue Haute 12 bte 3`: PEPPOL has no building number, so it joins the street name. */
function streetLine(address: UblAddress, labels: UblLabels): string {
  const number = cleanText(address.number);
  const box = cleanText(address.box);
  return [cleanText(address.street), number, box && `${labels.box} ${box}`]
    .filter(Boolean)
    .join(' ');
}

export function addressXml(name: string, address: UblAddress, labels: UblLabels): string {
  return element(name, [
    textElement('cbc:StreetName', streetLine(address, labels)),
    textElement('cbc:CityName', address.city),
    textElement('cbc:PostalZone', address.postalCode),
    element('cac:Country', [
      textElement('cbc:IdentificationCode', cleanText(address.country).toUpperCase()),
    ]),
  ]);
}

function endpointXml(party: UblSeller | UblBuyer): string {
  const endpoint = partyEndpoint(party);
  return endpoint
    ? textElement('cbc:EndpointID', endpoint.value, { schemeID: endpoint.scheme })
    : '';
}

function vatXml(vatNumber: string | null, withVat: boolean): string {
  const vat = withVat && cleanText(vatNumber) ? normalizeVatNumber(cleanText(vatNumber)) : '';
  return element('cac:PartyTaxScheme', [
    textElement('cbc:CompanyID', vat),
    vat ? element('cac:TaxScheme', [textElement('cbc:ID', 'VAT')]) : '',
  ]);
}

/** BT-30/BT-47: the enterprise number of a Belgian party under scheme 0208, else as given. */
function registrationId(party: UblSeller | UblBuyer): string {
  if (!isBelgian(party)) return textElement('cbc:CompanyID', party.enterpriseNumber);
  // Written even when invalid, so that PEPPOL-COMMON-R043 names the problem.
  const number = belgianEnterpriseNumber(party);
  return number ? textElement('cbc:CompanyID', number, { schemeID: BE_ENTERPRISE_SCHEME }) : '';
}

/**
 * `withVat` is false for documents outside the scope of VAT, which must not carry VAT numbers
 * (BR-O-02…04).
 */
export function sellerXml(input: UblDocumentInput, labels: UblLabels, withVat: boolean): string {
  const seller = input.seller;
  return element('cac:AccountingSupplierParty', [
    element('cac:Party', [
      endpointXml(seller),
      element('cac:PartyName', [textElement('cbc:Name', seller.legalName)]),
      addressXml('cac:PostalAddress', seller.address, labels),
      vatXml(seller.vatNumber, withVat),
      element('cac:PartyLegalEntity', [
        textElement('cbc:RegistrationName', seller.legalName),
        registrationId(seller),
        textElement('cbc:CompanyLegalForm', seller.legalForm),
      ]),
      element('cac:Contact', [
        textElement('cbc:Telephone', seller.phone),
        textElement('cbc:ElectronicMail', seller.email),
      ]),
    ]),
  ]);
}

export function buyerXml(input: UblDocumentInput, labels: UblLabels, withVat: boolean): string {
  const buyer = input.buyer;
  return element('cac:AccountingCustomerParty', [
    element('cac:Party', [
      endpointXml(buyer),
      element('cac:PartyName', [textElement('cbc:Name', buyer.name)]),
      addressXml('cac:PostalAddress', buyer.address, labels),
      vatXml(buyer.vatNumber, withVat),
      element('cac:PartyLegalEntity', [
        textElement('cbc:RegistrationName', buyer.name),
        buyer.kind === 'company' ? registrationId(buyer) : '',
      ]),
      element('cac:Contact', [textElement('cbc:ElectronicMail', buyer.email)]),
    ]),
  ]);
}

/** BG-13: actual delivery date and deliver-to address (its country is BT-80). */
export function deliveryXml(input: UblDocumentInput, labels: UblLabels): string {
  return element('cac:Delivery', [
    textElement('cbc:ActualDeliveryDate', input.deliveryDate),
    input.deliveryAddress
      ? element('cac:DeliveryLocation', [addressXml('cac:Address', input.deliveryAddress, labels)])
      : '',
  ]);
}
