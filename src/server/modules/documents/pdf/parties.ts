import type { Document, Organization } from '../../../../contract/index.js';
import { formatEnterpriseNumber, formatIban } from '../../../../core/identifiers/index.js';
import type { PdfLabels, PdfLanguage } from './labels.js';

interface Address {
  street: string | null;
  number: string | null;
  box: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
}

/** `Rue Haute 12 bte 3`, `4000 Liège`, and the country when it is not Belgium. */
export function addressLines(address: Address, labels: PdfLabels, language: PdfLanguage): string[] {
  const street = [
    address.street,
    address.number,
    address.box ? `${labels.box} ${address.box}` : null,
  ]
    .filter(Boolean)
    .join(' ');
  const city = [address.postalCode, address.city].filter(Boolean).join(' ');
  const country = address.country !== 'BE' ? countryName(address.country, language) : '';
  return [street, city, country].filter((line) => line !== '');
}

function countryName(code: string, language: PdfLanguage): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** `BE0566988259` → `BE 0566.988.259`; other countries as registered. */
export function formatVatNumber(vat: string): string {
  return /^BE[01]\d{9}$/.test(vat) ? `BE ${formatEnterpriseNumber(vat.slice(2))}` : vat;
}

/** The legal name with its legal form (Companies Code art. 2:20), unless the name already says it. */
export function legalName(organization: Organization, labels: PdfLabels): string {
  const form = organization.legalForm ? labels.legalForms[organization.legalForm] : undefined;
  if (!form) return organization.legalName;
  const words = organization.legalName.toUpperCase().split(/[\s,.]+/);
  const present = form
    .split('/')
    .some((abbreviation) => words.includes(abbreviation.toUpperCase()));
  return present ? organization.legalName : `${organization.legalName} ${form}`;
}

export function defaultBankAccount(organization: Pick<Organization, 'bankAccounts'>) {
  return organization.bankAccounts.find((a) => a.isDefault) ?? organization.bankAccounts[0] ?? null;
}

/** Every mandatory mention of the seller, one per line, for the header block. */
export function sellerLines(
  organization: Organization,
  labels: PdfLabels,
  language: PdfLanguage,
): string[] {
  const lines = addressLines(organization.address, labels, language);
  if (organization.vatNumber)
    lines.push(`${labels.vatNumber} ${formatVatNumber(organization.vatNumber)}`);
  else if (organization.enterpriseNumber)
    lines.push(`${labels.enterpriseNumber} ${enterpriseNumber(organization)}`);
  if (organization.registerCourt) lines.push(`${labels.register} ${organization.registerCourt}`);
  const contact = [
    organization.phone ? `${labels.phone} ${organization.phone}` : null,
    organization.email,
  ].filter(Boolean);
  if (contact.length) lines.push(contact.join(' · '));
  if (organization.website) lines.push(organization.website);
  const account = defaultBankAccount(organization);
  if (account)
    lines.push(
      `${labels.iban} ${formatIban(account.iban)}${account.bic ? ` · ${labels.bic} ${account.bic}` : ''}`,
    );
  return lines;
}

function enterpriseNumber(organization: Organization): string {
  const number = organization.enterpriseNumber ?? '';
  return organization.address.country === 'BE' ? formatEnterpriseNumber(number) : number;
}

/**
 * The same mentions at the foot of every page (a page may travel alone), as separate parts: the
 * footer wraps between parts, never inside one (an IBAN split over two lines is misread).
 */
export function sellerFooter(
  organization: Organization,
  labels: PdfLabels,
  language: PdfLanguage,
): string[] {
  const parts = [
    legalName(organization, labels),
    addressLines(organization.address, labels, language).join(', '),
    organization.enterpriseNumber
      ? `${labels.enterpriseNumber} ${enterpriseNumber(organization)}`
      : null,
    organization.registerCourt ? `${labels.register} ${organization.registerCourt}` : null,
  ];
  const account = defaultBankAccount(organization);
  if (account) parts.push(`${labels.iban} ${formatIban(account.iban)}`);
  return parts.filter((part): part is string => Boolean(part));
}

export function customerLines(
  customer: Document['customer'],
  labels: PdfLabels,
  language: PdfLanguage,
): string[] {
  const lines = customer.attention ? [customer.attention] : [];
  lines.push(...addressLines(customer, labels, language));
  if (customer.vatNumber) lines.push(`${labels.vatNumber} ${formatVatNumber(customer.vatNumber)}`);
  else if (customer.enterpriseNumber)
    lines.push(`${labels.enterpriseNumber} ${customer.enterpriseNumber}`);
  return lines;
}
