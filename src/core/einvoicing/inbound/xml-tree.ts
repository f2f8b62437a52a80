import { SaxesParser } from 'saxes';
import { InboundError } from './errors.js';
import { NS, isUblRoot } from './namespaces.js';

/**
 * One element of a received document, namespaces resolved: `ns` is the URI, whatever prefix the
 * sender chose. Attributes keep only unqualified names (UBL's `currencyID`, `schemeID`, …).
 */
export interface XmlElement {
  readonly ns: string;
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  readonly parent: XmlElement | null;
  /** Character data directly inside the element (text and CDATA), untrimmed. */
  text: string;
}

export interface XmlLimits {
  /** UTF-8 bytes of the input (the BOM included). */
  maxBytes: number;
  /** Elements in the whole document: bounds memory whatever the markup looks like. */
  maxElements: number;
  /** Nesting depth; UBL invoices stay well under 20. */
  maxDepth: number;
}

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze(Object.create(null));

// A DTD is the only way to declare entities (external files, expansion bombs): refuse any, before
// the parser sees a byte. `<!ENTITY` outside a DTD is malformed anyway, but name it for what it is.
const DTD_MARKUP = /<!\s*(?:DOCTYPE|ENTITY)/i;

/** UTF-8 length without TextEncoder or Buffer (core runs in the browser too). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function checkSize(text: string, maxBytes: number): void {
  // Each UTF-16 unit is at least one byte: the cheap test settles most inputs.
  if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text) > maxBytes)) {
    throw new InboundError('tooLarge', '', `over ${maxBytes} bytes`);
  }
}

/**
 * Parses a received UBL document into a tree, refusing before anything else what could hurt:
 * oversize input, any DTD, then anything not well-formed, then any root other than a UBL 2.1
 * Invoice or CreditNote (checked at the root's start tag, so the rest is not even read).
 */
export function parseXmlTree(input: string, limits: XmlLimits): XmlElement {
  // Callers in plain JavaScript could hand over bytes: refuse, do not crash.
  if (typeof input !== 'string') throw new InboundError('malformedXml', '', 'not a string');
  checkSize(input, limits.maxBytes);
  // The server decodes bytes to a string; a leading BOM (and whitespace some senders add before
  // the XML declaration) says nothing about the content.
  const text = input.replace(/^\uFEFF/, '').trimStart();
  if (DTD_MARKUP.test(text)) {
    throw new InboundError('forbiddenDoctype', '', 'DTD declarations are not accepted');
  }

  const parser = new SaxesParser({ xmlns: true, position: true });
  let root: XmlElement | null = null;
  let current: XmlElement | null = null;
  let depth = 0;
  let elements = 0;

  // saxes never expands entities beyond the five predefined ones; this is a second lock.
  parser.on('doctype', () => {
    throw new InboundError('forbiddenDoctype', '', 'DTD declarations are not accepted');
  });
  parser.on('opentag', (tag) => {
    if (current === null && !isUblRoot(tag.uri, tag.local)) {
      const found = tag.uri ? `{${tag.uri}}${tag.local}` : tag.local;
      throw new InboundError('notUbl', '', `root element ${found}`);
    }
    depth++;
    elements++;
    if (depth > limits.maxDepth) {
      throw new InboundError('tooLarge', '', `nested deeper than ${limits.maxDepth}`);
    }
    if (elements > limits.maxElements) {
      throw new InboundError('tooLarge', '', `more than ${limits.maxElements} elements`);
    }
    let attributes = NO_ATTRIBUTES;
    for (const key in tag.attributes) {
      const attribute = tag.attributes[key];
      // Namespace declarations and qualified attributes (xsi:…, xml:lang) carry no invoice data.
      if (!attribute || attribute.uri !== '') continue;
      if (attributes === NO_ATTRIBUTES) attributes = Object.create(null) as Record<string, string>;
      (attributes as Record<string, string>)[attribute.local] = attribute.value;
    }
    const element: XmlElement = {
      ns: tag.uri,
      name: tag.local,
      attributes,
      children: [],
      parent: current,
      text: '',
    };
    if (current) current.children.push(element);
    else root = element;
    current = element;
  });
  parser.on('closetag', () => {
    depth--;
    current = current?.parent ?? null;
  });
  const onText = (data: string) => {
    if (current) current.text += data;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof InboundError) throw error;
    throw new InboundError('malformedXml', '', error instanceof Error ? error.message : '');
  }
  if (root === null) throw new InboundError('malformedXml', '', 'no root element');
  return root;
}

/** UBL's usual prefixes, so paths read the same whatever the sender declared. */
function qualifiedName(element: XmlElement): string {
  if (element.ns === NS.cbc) return `cbc:${element.name}`;
  if (element.ns === NS.cac) return `cac:${element.name}`;
  if (element.ns === NS.ext) return `ext:${element.name}`;
  return element.name;
}

/** `/Invoice/cac:InvoiceLine[2]/cbc:ID`: 1-based index only where the name repeats. */
export function pathOf(element: XmlElement): string {
  const parts: string[] = [];
  for (let node: XmlElement | null = element; node; node = node.parent) {
    let part = qualifiedName(node);
    const siblings = node.parent?.children.filter(
      (sibling) => sibling.name === node?.name && sibling.ns === node.ns,
    );
    if (siblings && siblings.length > 1) part += `[${siblings.indexOf(node) + 1}]`;
    parts.push(part);
  }
  return `/${parts.reverse().join('/')}`;
}
