import { InboundError } from './errors.js';
import { NS } from './namespaces.js';
import type { InboundWarning, ReceivedIdentifier } from './types.js';
import { canWarn } from './warnings.js';
import { pathOf, type XmlElement } from './xml-tree.js';

/** A child step in UBL's usual prefixes; resolved to namespace URIs, never compared as text. */
export type Step = `cac:${string}` | `cbc:${string}`;

const resolved = new Map<string, readonly [string, string]>();

function resolve(step: Step): readonly [string, string] {
  let found = resolved.get(step);
  if (!found) {
    const colon = step.indexOf(':');
    found = [step.startsWith('cac:') ? NS.cac : NS.cbc, step.slice(colon + 1)] as const;
    resolved.set(step, found);
  }
  return found;
}

export function first(element: XmlElement | null, step: Step): XmlElement | null {
  if (!element) return null;
  const [ns, name] = resolve(step);
  for (const child of element.children) if (child.name === name && child.ns === ns) return child;
  return null;
}

export function all(element: XmlElement | null, step: Step): XmlElement[] {
  if (!element) return [];
  const [ns, name] = resolve(step);
  return element.children.filter((child) => child.name === name && child.ns === ns);
}

/** Follows the first match of each step. */
export function at(element: XmlElement | null, ...steps: Step[]): XmlElement | null {
  let node = element;
  for (const step of steps) node = first(node, step);
  return node;
}

/** Trimmed character data; `null` when absent or blank. */
export function textOf(element: XmlElement | null): string | null {
  const text = element?.text.trim();
  return text ? text : null;
}

export function textAt(element: XmlElement | null, ...steps: Step[]): string | null {
  return textOf(at(element, ...steps));
}

export function attribute(element: XmlElement | null, name: string): string | null {
  const value = element?.attributes[name]?.trim();
  return value ? value : null;
}

export function missing(parent: XmlElement, ...steps: Step[]): InboundError {
  return new InboundError('missingField', [pathOf(parent), ...steps].join('/'));
}

export function requiredElement(parent: XmlElement, ...steps: Step[]): XmlElement {
  const element = at(parent, ...steps);
  if (!element) throw missing(parent, ...steps);
  return element;
}

export function requiredText(parent: XmlElement, ...steps: Step[]): string {
  const text = textAt(parent, ...steps);
  if (text === null) throw missing(parent, ...steps);
  return text;
}

/** An identifier with its `schemeID`. */
export function identifierOf(element: XmlElement | null): ReceivedIdentifier | null {
  const id = textOf(element);
  return id === null ? null : { id, scheme: attribute(element, 'schemeID') };
}

// xsd:decimal: optional sign, digits with an optional fraction; '.5' and '5.' are legal.
const XSD_DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;
// Longer than any real amount or quantity, and keeps big.js away from megabyte-long numbers.
const MAX_DECIMAL_LENGTH = 40;

/**
 * Plain-notation form of an xsd:decimal, digits kept as written (`'148.50'` stays), or `null`.
 * Only the sign, leading zeros and a bare point are normalised: `'+007.5'` → `'7.5'`.
 */
export function normalizeDecimalText(raw: string): string | null {
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_DECIMAL_LENGTH) return null;
  const match = XSD_DECIMAL.exec(text);
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const integer = whole.replace(/^0+(?=\d)/, '') || '0';
  const body = fraction ? `${integer}.${fraction}` : integer;
  // A negative zero must not read as a credit.
  return sign === '-' && /[1-9]/.test(body) ? `-${body}` : body;
}

/** A quantity, rate or percentage. */
export function decimalOf(element: XmlElement): string {
  const value = normalizeDecimalText(element.text);
  if (value === null) throw new InboundError('invalidNumber', pathOf(element), element.text.trim());
  return value;
}

export function optionalDecimal(element: XmlElement | null): string | null {
  return element && textOf(element) !== null ? decimalOf(element) : null;
}

/** What amount readers need: the currency to expect, and where to note a mismatch. */
export interface ReadContext {
  currency: string;
  warnings: InboundWarning[];
}

/** An amount; a `currencyID` other than `currency` is noted, not refused (R051). */
export function amountOf(
  element: XmlElement,
  context: ReadContext,
  currency = context.currency,
): string {
  const value = normalizeDecimalText(element.text);
  if (value === null) throw new InboundError('invalidAmount', pathOf(element), element.text.trim());
  const found = attribute(element, 'currencyID');
  if (found !== currency && canWarn(context.warnings, 'currencyMismatch')) {
    context.warnings.push({
      code: 'currencyMismatch',
      rule: 'PEPPOL-EN16931-R051',
      path: pathOf(element),
      expected: currency,
      found,
    });
  }
  return value;
}

export function optionalAmount(element: XmlElement | null, context: ReadContext): string | null {
  return element && textOf(element) !== null ? amountOf(element, context) : null;
}

export function requiredAmount(parent: XmlElement, step: Step, context: ReadContext): string {
  const element = first(parent, step);
  if (!element || textOf(element) === null) throw missing(parent, step);
  return amountOf(element, context);
}

// xsd:date, with the optional time zone UBL senders sometimes add (dropped: a date is a date).
const XSD_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:Z|[+-]\d{2}:\d{2})?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function dateOf(element: XmlElement): string {
  const text = element.text.trim();
  const match = XSD_DATE.exec(text);
  if (match) {
    const [, year = '', month = '', day = ''] = match;
    const y = Number(year);
    const m = Number(month);
    const d = Number(day);
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return `${year}-${month}-${day}`;
  }
  throw new InboundError('invalidDate', pathOf(element), text);
}

export function optionalDate(element: XmlElement | null): string | null {
  return element && textOf(element) !== null ? dateOf(element) : null;
}

export function dateAt(parent: XmlElement | null, ...steps: Step[]): string | null {
  return optionalDate(at(parent, ...steps));
}

/** xsd:boolean. */
export function booleanOf(element: XmlElement): boolean {
  const text = element.text.trim();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  throw new InboundError('invalidValue', pathOf(element), text);
}
