import { isValidBic, normalizeBic } from '../identifiers/bic.js';
import { isValidIban, normalizeIban } from '../identifiers/iban.js';
import {
  isValidStructuredCommunication,
  structuredCommunication,
} from '../identifiers/structured-communication.js';
import {
  type Decimal,
  type DecimalInput,
  DecimalError,
  MONEY_LIMIT,
  ZERO,
  formatDecimal,
  parseDecimal,
} from '../money/decimal.js';

/**
 * EPC QR payload ("SEPA QR", EPC069-12) for a SEPA credit transfer: twelve LF-separated
 * elements, UTF-8, at most 331 bytes. The caller renders it as a QR code with error correction M.
 */

export const EPC_QR_ERROR_CODES = [
  'invalidVersion',
  'bicRequired',
  'invalidBic',
  'invalidName',
  'invalidIban',
  'invalidAmount',
  'invalidPurpose',
  'invalidReference',
  'invalidRemittance',
  'invalidInformation',
  'payloadTooLong',
] as const;
export type EpcQrErrorCode = (typeof EPC_QR_ERROR_CODES)[number];

export class EpcQrError extends Error {
  constructor(readonly code: EpcQrErrorCode) {
    super(code);
    this.name = 'EpcQrError';
  }
}

/** A Belgian structured communication (OGM/VCS, any printed form), or free text. */
export type EpcRemittance = { type: 'ogm'; ogm: string } | { type: 'text'; text: string };

export interface EpcQrInput {
  /** `'002'` (default) lets the BIC be left out inside the EEA; `'001'` requires it. */
  version?: '001' | '002';
  bic?: string | null;
  /** Beneficiary name, at most 70 characters. */
  name: string;
  iban: string;
  /** Euros, at most 2 decimals; zero or absent leaves the amount for the payer to fill in. */
  amount?: DecimalInput | null;
  /** ISO 20022 purpose code (4 capital letters); usually absent. */
  purpose?: string | null;
  remittance?: EpcRemittance | null;
  /**
   * Where an OGM goes. `'structured'` (default, Belgian practice): its 12 digits in element 10.
   * `'unstructured'`: its printed `+++ddd/dddd/ddddd+++` form in element 11, for banking apps
   * that only read element 11. EPC069-12 allows one of the two, never both.
   */
  ogmPlacement?: 'structured' | 'unstructured';
  /** Beneficiary-to-originator information, at most 70 characters. */
  information?: string | null;
}

const MAX_BYTES = 331;
const CONTROL_CHARACTERS = /\p{Cc}/u;

/** Trimmed text of at most `max` characters without line breaks (they would shift elements). */
function text(value: string | null | undefined, max: number, code: EpcQrErrorCode): string {
  const trimmed = (value ?? '').trim();
  if (CONTROL_CHARACTERS.test(trimmed) || [...trimmed].length > max) throw new EpcQrError(code);
  return trimmed;
}

function parseAmount(amount: DecimalInput): Decimal {
  try {
    return parseDecimal(amount, { maxDecimals: 2, max: MONEY_LIMIT });
  } catch (error) {
    if (error instanceof DecimalError) throw new EpcQrError('invalidAmount');
    throw error;
  }
}

function amountElement(amount: DecimalInput | null | undefined): string {
  if (amount === undefined || amount === null || amount === '') return '';
  const value = parseAmount(amount);
  if (value.lt(ZERO)) throw new EpcQrError('invalidAmount');
  // Shortest form, as in the standard's own sample (`EUR1`); zero means "no amount".
  return value.eq(ZERO) ? '' : `EUR${formatDecimal(value)}`;
}

/** Elements 10 and 11. */
function remittanceElements(input: EpcQrInput): [string, string] {
  const remittance = input.remittance;
  if (!remittance) return ['', ''];
  if (remittance.type === 'text') return ['', text(remittance.text, 140, 'invalidRemittance')];
  if (!isValidStructuredCommunication(remittance.ogm)) throw new EpcQrError('invalidReference');
  const digits = remittance.ogm.replace(/[+/*\s]/g, '');
  return input.ogmPlacement === 'unstructured'
    ? ['', structuredCommunication(digits.slice(0, 10))]
    : [digits, ''];
}

export function epcQrPayload(input: EpcQrInput): string {
  const version = input.version ?? '002';
  if (version !== '001' && version !== '002') throw new EpcQrError('invalidVersion');
  const bic = normalizeBic(input.bic ?? '');
  if (bic === '' && version === '001') throw new EpcQrError('bicRequired');
  if (bic !== '' && !isValidBic(bic)) throw new EpcQrError('invalidBic');
  const name = text(input.name, 70, 'invalidName');
  if (name === '') throw new EpcQrError('invalidName');
  const iban = normalizeIban(input.iban);
  if (!isValidIban(iban)) throw new EpcQrError('invalidIban');
  const purpose = (input.purpose ?? '').trim();
  if (purpose !== '' && !/^[A-Z]{4}$/.test(purpose)) throw new EpcQrError('invalidPurpose');

  const elements = [
    'BCD',
    version,
    '1', // UTF-8
    'SCT',
    bic,
    name,
    iban,
    amountElement(input.amount),
    purpose,
    ...remittanceElements(input),
    text(input.information, 70, 'invalidInformation'),
  ];
  // Nothing follows the last element present (EPC069-12).
  while (elements.at(-1) === '') elements.pop();
  const payload = elements.join('\n');
  if (new TextEncoder().encode(payload).length > MAX_BYTES) throw new EpcQrError('payloadTooLong');
  return payload;
}
