import type { VatCategory } from '../documents/types.js';
import type { UblDocumentKind } from './ubl-types.js';

/** DOMAIN §7: the PEPPOL BIS Billing 3.0 specification and process identifiers. */
export const CUSTOMIZATION_ID =
  'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

export const TYPE_CODES: Readonly<Record<UblDocumentKind, string>> = {
  invoice: '380',
  depositInvoice: '386',
  creditNote: '381',
};

export const NAMESPACES = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  Invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  CreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
} as const;

/** UNCL4461 30 = credit transfer (BE and non-SEPA accounts alike). */
export const PAYMENT_MEANS_CREDIT_TRANSFER = '30';
/** UNCL5189 95 = discount. */
export const DISCOUNT_REASON_CODE = '95';
/** ISO 6523 ICD of the Belgian enterprise number (KBO/BCE). */
export const BE_ENTERPRISE_SCHEME = '0208';
/** ISO 6523 ICD of GTIN (EAN) item identifiers. */
export const GTIN_SCHEME = '0160';
export const DEFAULT_UNIT_CODE = 'C62';

/** The VATEX code that goes with each category whose legal ground is fixed (BR-AE/IC/G/O-10). */
export const FIXED_VATEX: Partial<Record<VatCategory, string>> = {
  AE: 'VATEX-EU-AE',
  K: 'VATEX-EU-IC',
  G: 'VATEX-EU-G',
  O: 'VATEX-EU-O',
};

/** VATEX codes an `E` line may carry (EN 16931 code list, 2025; the fixed ones above excluded). */
export const EXEMPT_VATEX_CODES: ReadonlySet<string> = new Set([
  'VATEX-EU-79-C',
  'VATEX-EU-132',
  ...'ABCDEFGHIJKLMNOPQ'.split('').map((l) => `VATEX-EU-132-1${l}`),
  'VATEX-EU-135-1',
  'VATEX-EU-143',
  ...'A B C D E F FA G H I J K L'.split(' ').map((l) => `VATEX-EU-143-1${l}`),
  'VATEX-EU-144',
  'VATEX-EU-146-1E',
  'VATEX-EU-148',
  ...'ABCDEFG'.split('').map((l) => `VATEX-EU-148-${l}`),
  'VATEX-EU-151',
  ...'A AA B C D E'.split(' ').map((l) => `VATEX-EU-151-1${l}`),
  'VATEX-EU-153',
  'VATEX-EU-159',
  'VATEX-EU-309',
  'VATEX-EU-D',
  'VATEX-EU-F',
  'VATEX-EU-I',
  'VATEX-EU-J',
]);

/** EU member states by ISO 3166 code (Greece is GR here, EL only in VAT numbers). */
export const EU_COUNTRIES: ReadonlySet<string> = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

/**
 * PEPPOL electronic address schemes (EAS) keyed by VAT number prefix: the fallback endpoint of a
 * party known only by its VAT number. Countries without a VAT scheme (IT, SE, DK, FI…) get none.
 */
export const VAT_ENDPOINT_SCHEMES: Readonly<Record<string, string>> = {
  AD: '9922',
  AL: '9923',
  AT: '9914',
  BA: '9924',
  BE: '9925',
  BG: '9926',
  CH: '9927',
  CY: '9928',
  CZ: '9929',
  DE: '9930',
  EE: '9931',
  EL: '9933',
  ES: '9920',
  FR: '9957',
  GB: '9932',
  HR: '9934',
  HU: '9910',
  IE: '9935',
  LI: '9936',
  LT: '9937',
  LU: '9938',
  LV: '9939',
  MC: '9940',
  ME: '9941',
  MK: '9942',
  MT: '9943',
  NL: '9944',
  PL: '9945',
  PT: '9946',
  RO: '9947',
  RS: '9948',
  SI: '9949',
  SK: '9950',
  SM: '9951',
  TR: '9952',
  VA: '9953',
};

/** The PEPPOL EAS code list (BIS 3.0.21) that PEPPOL-EN16931-CL008 accepts. */
export const ENDPOINT_SCHEMES: ReadonlySet<string> = new Set(
  (
    '0002 0007 0009 0060 0088 0096 0097 0106 0130 0135 0142 0151 0183 0184 0188 0190 0191 0192 ' +
    '0195 0196 0198 0199 0200 0201 0204 0208 0209 0210 0211 0216 0218 0221 0225 0230 0235 0240 ' +
    '0242 0244 0245 0246 0248 9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 ' +
    '9928 9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 ' +
    '9946 9947 9948 9949 9950 9951 9952 9953 9957 9959'
  ).split(' '),
);
