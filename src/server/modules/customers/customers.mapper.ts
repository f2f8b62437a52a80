import type { Customer, CustomerInputParsed, CustomerSummary } from '../../../contract/index.js';
import { normalizeEnterpriseNumber } from '../../../core/identifiers/index.js';
import { newId } from '../../platform/ids.js';
import type {
  ContactAddressRow,
  ContactPersonRow,
  ContactRow,
  ContactValues,
} from './customers.repository.js';

export const reference = (number: number): string => `C${String(number).padStart(5, '0')}`;

/** Belgian companies get `0208:<enterprise number>` unless another PEPPOL id was entered. */
function derivePeppolId(
  input: CustomerInputParsed,
  enterpriseNumber: string | null,
): string | null {
  if (input.peppolId) return input.peppolId;
  if (input.kind === 'company' && input.address.country === 'BE' && enterpriseNumber)
    return `0208:${enterpriseNumber}`;
  return null;
}

export function toValues(input: CustomerInputParsed, now: Date): ContactValues {
  // A Belgian VAT number carries the enterprise number: fill one from the other.
  const typed =
    input.enterpriseNumber ?? (input.vatNumber?.startsWith('BE') ? input.vatNumber.slice(2) : null);
  const enterpriseNumber =
    typed && input.address.country === 'BE' ? normalizeEnterpriseNumber(typed) : typed;
  return {
    kind: input.kind,
    is_customer: input.isCustomer,
    is_supplier: input.isSupplier,
    is_prospect: input.isProspect,
    name: input.name,
    attention: input.attention,
    street: input.address.street,
    street_number: input.address.number,
    box: input.address.box,
    postal_code: input.address.postalCode,
    city: input.address.city,
    country: input.address.country,
    vat_number: input.vatNumber,
    enterprise_number: enterpriseNumber,
    email: input.email,
    invoice_email: input.invoiceEmail,
    phone: input.phone,
    website: input.website,
    language: input.language,
    currency: input.currency,
    payment_term_days: input.paymentTermDays,
    payment_term_end_of_month: input.paymentTermEndOfMonth,
    vat_regime: input.vatRegime,
    vat_exemption_reason: input.vatRegime === 'exempt' ? input.vatExemptionReason : null,
    default_discount_percent: input.defaultDiscountPercent,
    peppol_id: derivePeppolId(input, enterpriseNumber),
    automatic_reminders: input.automaticReminders,
    notes: input.notes,
    updated_at: now,
  };
}

export function childrenOf(input: CustomerInputParsed) {
  return {
    persons: input.contactPersons.map((p, position) => ({
      id: p.id ?? newId(),
      name: p.name,
      role: p.role,
      email: p.email,
      phone: p.phone,
      position,
    })),
    addresses: input.deliveryAddresses.map((a, position) => ({
      id: a.id ?? newId(),
      label: a.label,
      street: a.street,
      street_number: a.number,
      box: a.box,
      postal_code: a.postalCode,
      city: a.city,
      country: a.country,
      position,
    })),
  };
}

export function toSummary(row: ContactRow): CustomerSummary {
  return {
    id: row.id,
    number: row.number,
    reference: reference(row.number),
    kind: row.kind as Customer['kind'],
    name: row.name,
    vatNumber: row.vat_number,
    email: row.email,
    phone: row.phone,
    isCustomer: row.is_customer,
    isSupplier: row.is_supplier,
    isProspect: row.is_prospect,
    archived: row.archived_at !== null,
    city: row.city,
    country: row.country,
  };
}

export function toCustomer(
  row: ContactRow,
  persons: ContactPersonRow[],
  addresses: ContactAddressRow[],
): Customer {
  return {
    ...toSummary(row),
    attention: row.attention,
    address: {
      street: row.street,
      number: row.street_number,
      box: row.box,
      postalCode: row.postal_code,
      city: row.city,
      country: row.country,
    },
    enterpriseNumber: row.enterprise_number,
    invoiceEmail: row.invoice_email,
    website: row.website,
    language: row.language as Customer['language'],
    currency: row.currency as Customer['currency'],
    paymentTermDays: row.payment_term_days,
    paymentTermEndOfMonth: row.payment_term_end_of_month,
    vatRegime: row.vat_regime as Customer['vatRegime'],
    vatExemptionReason: row.vat_exemption_reason,
    defaultDiscountPercent: row.default_discount_percent,
    peppolId: row.peppol_id,
    automaticReminders: row.automatic_reminders,
    notes: row.notes,
    contactPersons: persons.map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      email: p.email,
      phone: p.phone,
    })),
    deliveryAddresses: addresses.map((a) => ({
      id: a.id,
      label: a.label,
      street: a.street,
      number: a.street_number,
      box: a.box,
      postalCode: a.postal_code,
      city: a.city,
      country: a.country,
    })),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
