import { randomId } from '@mantine/hooks';
import {
  formatEnterpriseNumber,
  formatIban,
  isValidEnterpriseNumber,
} from '../../../core/identifiers/index.js';
import {
  updateOrganizationRequestSchema,
  type CURRENCIES,
  type Language,
  type LEGAL_FORMS,
  type Organization,
  type UpdateOrganizationRequest,
  type VAT_RATES,
  type VAT_REGIMES,
} from '../../../contract/index.js';
import { schemaErrors } from '../../lib/zod-form';

export type LegalForm = (typeof LEGAL_FORMS)[number];
export type VatRegime = (typeof VAT_REGIMES)[number];
export type Currency = (typeof CURRENCIES)[number];
export type VatRate = (typeof VAT_RATES)[number];

export interface BankAccountValues {
  /** React key only; the API replaces the whole list on save. */
  key: string;
  iban: string;
  bic: string;
  label: string;
  isDefault: boolean;
}

/** Inputs hold strings, never null: empty strings become null on the way to the API. */
export interface CompanyFormValues {
  legalName: string;
  legalForm: LegalForm | null;
  enterpriseNumber: string;
  vatNumber: string;
  vatRegime: VatRegime;
  address: {
    street: string;
    number: string;
    box: string;
    postalCode: string;
    city: string;
    country: string;
  };
  phone: string;
  email: string;
  website: string;
  registerCourt: string;
  defaultLanguage: Language;
  currency: Currency;
  defaultVatRate: VatRate;
  bankAccounts: BankAccountValues[];
}

export function newBankAccount(isDefault: boolean): BankAccountValues {
  return { key: randomId(), iban: '', bic: '', label: '', isDefault };
}

export function toCompanyFormValues(organization: Organization): CompanyFormValues {
  const { address, enterpriseNumber } = organization;
  const belgian = address.country === 'BE';
  return {
    legalName: organization.legalName,
    legalForm: organization.legalForm,
    enterpriseNumber:
      enterpriseNumber && belgian && isValidEnterpriseNumber(enterpriseNumber)
        ? formatEnterpriseNumber(enterpriseNumber)
        : (enterpriseNumber ?? ''),
    vatNumber: organization.vatNumber ?? '',
    vatRegime: organization.vatRegime,
    address: {
      street: address.street ?? '',
      number: address.number ?? '',
      box: address.box ?? '',
      postalCode: address.postalCode ?? '',
      city: address.city ?? '',
      country: address.country,
    },
    phone: organization.phone ?? '',
    email: organization.email ?? '',
    website: organization.website ?? '',
    registerCourt: organization.registerCourt ?? '',
    defaultLanguage: organization.defaultLanguage,
    currency: organization.currency,
    defaultVatRate: organization.defaultVatRate,
    bankAccounts: organization.bankAccounts.map((account) => ({
      key: account.id,
      iban: formatIban(account.iban),
      bic: account.bic ?? '',
      label: account.label ?? '',
      isDefault: account.isDefault,
    })),
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

export function toUpdateRequest(values: CompanyFormValues): UpdateOrganizationRequest {
  const { address } = values;
  return {
    legalName: values.legalName,
    legalForm: values.legalForm,
    enterpriseNumber: orNull(values.enterpriseNumber),
    vatNumber: orNull(values.vatNumber),
    vatRegime: values.vatRegime,
    address: {
      street: orNull(address.street),
      number: orNull(address.number),
      box: orNull(address.box),
      postalCode: orNull(address.postalCode),
      city: orNull(address.city),
      country: address.country,
    },
    phone: orNull(values.phone),
    email: orNull(values.email),
    website: orNull(values.website),
    registerCourt: orNull(values.registerCourt),
    defaultLanguage: values.defaultLanguage,
    currency: values.currency,
    defaultVatRate: values.defaultVatRate,
    bankAccounts: values.bankAccounts.map((account) => ({
      iban: account.iban,
      bic: orNull(account.bic),
      label: orNull(account.label),
      isDefault: account.isDefault,
    })),
  };
}

export function validateCompany(values: CompanyFormValues): Record<string, string> {
  return schemaErrors(updateOrganizationRequestSchema, toUpdateRequest(values));
}
