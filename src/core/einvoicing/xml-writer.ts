/**
 * A minimal XML writer: elements are built as strings, bottom-up. An element without content
 * is written as nothing at all, because PEPPOL refuses empty elements (PEPPOL-EN16931-R008).
 */

export type Attributes = Readonly<Record<string, string | null | undefined>>;

// Not allowed in XML 1.0 (C0 controls but tab/LF/CR, U+FFFE/FFFF, lone surrogates), plus DEL,
// the C1 controls (discouraged by XML) and stray byte-order marks, which receivers choke on.
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Trims, normalizes line breaks to LF and drops characters XML cannot carry. */
export function cleanText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return value.replace(/\r\n?/g, '\n').replace(INVALID_XML_CHARS, '').trim();
}

/** Escapes element content, or a double-quoted attribute value. */
export function escapeXml(value: string, attribute = false): string {
  return value.replace(attribute ? /[&<>"]/g : /[&<>]/g, (c) => ESCAPES[c] ?? c);
}

function openTag(name: string, attributes?: Attributes): string {
  let tag = `<${name}`;
  if (attributes) {
    for (const [key, value] of Object.entries(attributes)) {
      // Parsers turn line breaks in attributes into spaces anyway: do it here, visibly.
      const clean = cleanText(value).replace(/\s+/g, ' ');
      if (clean) tag += ` ${key}="${escapeXml(clean, true)}"`;
    }
  }
  return `${tag}>`;
}

/** `<name>text</name>`, or `''` when the text is blank once cleaned. */
export function textElement(
  name: string,
  value: string | null | undefined,
  attributes?: Attributes,
): string {
  const clean = cleanText(value);
  return clean ? `${openTag(name, attributes)}${escapeXml(clean)}</${name}>` : '';
}

/** `<name>children</name>`, or `''` when every child is empty. */
export function element(
  name: string,
  children: readonly string[],
  attributes?: Attributes,
): string {
  const content = children.join('');
  return content ? `${openTag(name, attributes)}${content}</${name}>` : '';
}
