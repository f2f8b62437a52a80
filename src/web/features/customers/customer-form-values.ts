import { randomId } from '@mantine/hooks';
import {
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  normalizeEnterpriseNumber,
} from '../../../core/identifiers/index.js';
import {
  customerInputSchema,
  type CURRENCIES,
  type CUSTOMER_VAT_REGIMES,
  type Customer,
  type CustomerInput,
  type DOCUMENT_LANGUAGES,
} from '../../../contract/index.js';
import { trimDecimal } from '../../lib/decimal';
import { schemaErrors } from '../../lib/zod-form';

export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];
export type CustomerVatRegime = (typeof CUSTOMER_VAT_REGIMES)[number];
type Currency = (typeof CURRENCIES)[number];

export interface AddressValues {
  street: string;
  number: string;
  box: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface ContactPersonValues {
  /** React key; `id` (when present) keeps the existing row on the server. */
  key: string;
  id?: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface DeliveryAddressValues extends AddressValues {
  key: string;
  id?: string;
  label: string;
}

/** Inputs hold strings, never null: empty strings become null on the way to the API. */
export interface CustomerFormValues {
  kind: 'company' | 'person';
  isCustomer: boolean;
  isSupplier: boolean;
  isProspect: boolean;
  name: string;
  attention: string;
  address: AddressValues;
  vatNumber: string;
  enterpriseNumber: string;
  email: string;
  invoiceEmail: string;
  phone: string;
  website: string;
  language: DocumentLanguage;
  currency: Currency;
  /** Empty: the company's default term applies. */
  paymentTermDays: number | '';
  paymentTermEndOfMonth: boolean;
  vatRegime: CustomerVatRegime;
  vatExemptionReason: string;
  defaultDiscountPercent: string;
  peppolId: string;
  /** Default of the automatic-reminders switch of this customer's new invoices. */
  automaticReminders: boolean;
  notes: string;
  contactPersons: ContactPersonValues[];
  deliveryAddresses: DeliveryAddressValues[];
}

const emptyAddress = (country: string): AddressValues => ({
  street: '',
  number: '',
  box: '',
  postalCode: '',
  city: '',
  country,
});

export function newContactPerson(): ContactPersonValues {
  return { key: randomId(), name: '', role: '', email: '', phone: '' };
}

export function newDeliveryAddress(country: string): DeliveryAddressValues {
  return { key: randomId(), label: '', ...emptyAddress(country) };
}

export function emptyCustomerValues(language: DocumentLanguage): CustomerFormValues {
  return {
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
    isProspect: false,
    name: '',
    attention: '',
    address: emptyAddress('BE'),
    vatNumber: '',
    enterpriseNumber: '',
    email: '',
    invoiceEmail: '',
    phone: '',
    website: '',
    language,
    currency: 'EUR',
    paymentTermDays: '',
    paymentTermEndOfMonth: false,
    vatRegime: 'normal',
    vatExemptionReason: '',
    defaultDiscountPercent: '',
    peppolId: '',
    automaticReminders: true,
    notes: '',
    contactPersons: [],
    deliveryAddresses: [],
  };
}

/** `0208:<enterprise number>`, the PEPPOL id the server derives for a Belgian company. */
export function derivedPeppolId(
  values: Pick<CustomerFormValues, 'kind' | 'enterpriseNumber' | 'address'>,
): string | null {
  const { kind, enterpriseNumber, address } = values;
  if (kind !== 'company' || address.country !== 'BE' || !enterpriseNumber.trim()) return null;
  if (!isValidEnterpriseNumber(enterpriseNumber)) return null;
  return `0208:${normalizeEnterpriseNumber(enterpriseNumber)}`;
}

const text = (value: string | null): string => value ?? '';

const addressValues = (address: Customer['address']): AddressValues => ({
  street: text(address.street),
  number: text(address.number),
  box: text(address.box),
  postalCode: text(address.postalCode),
  city: text(address.city),
  country: address.country,
});

export function toCustomerFormValues(customer: Customer): CustomerFormValues {
  const belgian = customer.address.country === 'BE';
  const { enterpriseNumber } = customer;
  const values: CustomerFormValues = {
    kind: customer.kind,
    isCustomer: customer.isCustomer,
    isSupplier: customer.isSupplier,
    isProspect: customer.isProspect,
    name: customer.name,
    attention: text(customer.attention),
    address: addressValues(customer.address),
    vatNumber: text(customer.vatNumber),
    enterpriseNumber:
      enterpriseNumber && belgian && isValidEnterpriseNumber(enterpriseNumber)
        ? formatEnterpriseNumber(enterpriseNumber)
        : text(enterpriseNumber),
    email: text(customer.email),
    invoiceEmail: text(customer.invoiceEmail),
    phone: text(customer.phone),
    website: text(customer.website),
    language: customer.language,
    currency: customer.currency,
    paymentTermDays: customer.paymentTermDays ?? '',
    paymentTermEndOfMonth: customer.paymentTermEndOfMonth,
    vatRegime: customer.vatRegime,
    vatExemptionReason: text(customer.vatExemptionReason),
    defaultDiscountPercent: customer.defaultDiscountPercent
      ? trimDecimal(customer.defaultDiscountPercent, 0)
      : '',
    peppolId: text(customer.peppolId),
    automaticReminders: customer.automaticReminders,
    notes: text(customer.notes),
    contactPersons: customer.contactPersons.map((person) => ({
      key: person.id,
      id: person.id,
      name: person.name,
      role: text(person.role),
      email: text(person.email),
      phone: text(person.phone),
    })),
    deliveryAddresses: customer.deliveryAddresses.map((address) => ({
      key: address.id,
      id: address.id,
      label: text(address.label),
      ...addressValues(address),
    })),
  };
  // The server answers with the derived id when none is stored. Shown as the placeholder
  // instead, so it keeps following the enterprise number rather than being frozen on save.
  if (values.peppolId === derivedPeppolId(values)) values.peppolId = '';
  return values;
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

const addressInput = (address: AddressValues) => ({
  street: orNull(address.street),
  number: orNull(address.number),
  box: orNull(address.box),
  postalCode: orNull(address.postalCode),
  city: orNull(address.city),
  country: address.country,
});

export function toCustomerInput(values: CustomerFormValues): CustomerInput {
  const exempt = values.vatRegime === 'exempt';
  return {
    kind: values.kind,
    isCustomer: values.isCustomer,
    isSupplier: values.isSupplier,
    isProspect: values.isProspect,
    name: values.name,
    attention: orNull(values.attention),
    address: addressInput(values.address),
    vatNumber: orNull(values.vatNumber),
    enterpriseNumber: orNull(values.enterpriseNumber),
    email: orNull(values.email),
    invoiceEmail: orNull(values.invoiceEmail),
    phone: orNull(values.phone),
    website: orNull(values.website),
    language: values.language,
    currency: values.currency,
    paymentTermDays: values.paymentTermDays === '' ? null : values.paymentTermDays,
    paymentTermEndOfMonth: values.paymentTermEndOfMonth,
    vatRegime: values.vatRegime,
    // A reason typed before switching away from "exempt" must not linger on the customer.
    vatExemptionReason: exempt ? orNull(values.vatExemptionReason) : null,
    defaultDiscountPercent: orNull(values.defaultDiscountPercent),
    peppolId: orNull(values.peppolId),
    automaticReminders: values.automaticReminders,
    notes: orNull(values.notes),
    contactPersons: values.contactPersons.map((person) => ({
      ...(person.id ? { id: person.id } : {}),
      name: person.name,
      role: orNull(person.role),
      email: orNull(person.email),
      phone: orNull(person.phone),
    })),
    deliveryAddresses: values.deliveryAddresses.map((address) => ({
      ...(address.id ? { id: address.id } : {}),
      label: orNull(address.label),
      ...addressInput(address),
    })),
  };
}

export function validateCustomer(values: CustomerFormValues): Record<string, string> {
  return schemaErrors(customerInputSchema, toCustomerInput(values));
}
