import { all, first, identifierOf, missing, requiredElement, textAt } from './read.js';
import type { ReceivedAddress, ReceivedContact, ReceivedParty } from './types.js';
import type { XmlElement } from './xml-tree.js';

export function readAddress(element: XmlElement | null): ReceivedAddress | null {
  if (!element) return null;
  const address: ReceivedAddress = {
    street: textAt(element, 'cbc:StreetName'),
    additionalStreet: textAt(element, 'cbc:AdditionalStreetName'),
    line: textAt(element, 'cac:AddressLine', 'cbc:Line'),
    city: textAt(element, 'cbc:CityName'),
    postalCode: textAt(element, 'cbc:PostalZone'),
    subdivision: textAt(element, 'cbc:CountrySubentity'),
    country: textAt(element, 'cac:Country', 'cbc:IdentificationCode'),
  };
  return Object.values(address).some((value) => value !== null) ? address : null;
}

function readContact(element: XmlElement | null): ReceivedContact | null {
  if (!element) return null;
  const contact: ReceivedContact = {
    name: textAt(element, 'cbc:Name'),
    telephone: textAt(element, 'cbc:Telephone'),
    email: textAt(element, 'cbc:ElectronicMail'),
  };
  return Object.values(contact).some((value) => value !== null) ? contact : null;
}

/** Any UBL party: `cac:Party` of seller and buyer, or the payee and tax representative. */
export function readParty(party: XmlElement): ReceivedParty {
  const taxRegistrations = all(party, 'cac:PartyTaxScheme').flatMap((scheme) => {
    const companyId = textAt(scheme, 'cbc:CompanyID');
    return companyId === null
      ? []
      : [{ companyId, taxScheme: textAt(scheme, 'cac:TaxScheme', 'cbc:ID') }];
  });
  const legalEntity = first(party, 'cac:PartyLegalEntity');
  return {
    endpoint: identifierOf(first(party, 'cbc:EndpointID')),
    identifiers: all(party, 'cac:PartyIdentification').flatMap((identification) => {
      const identifier = identifierOf(first(identification, 'cbc:ID'));
      return identifier ? [identifier] : [];
    }),
    name: textAt(party, 'cac:PartyName', 'cbc:Name'),
    registrationName: textAt(legalEntity, 'cbc:RegistrationName'),
    vatNumber:
      taxRegistrations.find((registration) => registration.taxScheme?.toUpperCase() === 'VAT')
        ?.companyId ?? null,
    taxRegistrations,
    legalId: identifierOf(first(legalEntity, 'cbc:CompanyID')),
    legalForm: textAt(legalEntity, 'cbc:CompanyLegalForm'),
    address: readAddress(first(party, 'cac:PostalAddress')),
    contact: readContact(first(party, 'cac:Contact')),
  };
}

/**
 * Seller or buyer. The legal name (BT-27 / BT-44) is mandatory; a trading name alone is accepted,
 * since it still tells the user who sent the document.
 */
export function readMainParty(
  root: XmlElement,
  role: 'cac:AccountingSupplierParty' | 'cac:AccountingCustomerParty',
): ReceivedParty {
  const element = requiredElement(root, role, 'cac:Party');
  const party = readParty(element);
  if (party.registrationName === null && party.name === null) {
    throw missing(element, 'cac:PartyLegalEntity', 'cbc:RegistrationName');
  }
  return party;
}
