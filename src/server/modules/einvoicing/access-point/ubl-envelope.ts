import type { PeppolDocumentType } from './access-point.js';

/** The two facts the transport needs from a UBL document: its kind and its number (BT-1). */
export interface UblEnvelope {
  documentType: PeppolDocumentType;
  number: string;
}

/** PEPPOL BIS Billing 3.0 document type and process identifiers (Peppol code lists). */
export const PEPPOL_DOCTYPE_ID: Record<PeppolDocumentType, string> = {
  invoice:
    'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1',
  creditNote:
    'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2::CreditNote##urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1',
};
export const PEPPOL_BILLING_PROCESS_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

/** Whether a registered document type identifier accepts BIS Billing 3.0 documents of a kind. */
export function acceptsBis3(docTypeId: string, documentType: PeppolDocumentType): boolean {
  const root = documentType === 'invoice' ? 'Invoice-2::Invoice' : 'CreditNote-2::CreditNote';
  return (
    docTypeId.includes(`${root}##`) &&
    docTypeId.includes('urn:fdc:peppol.eu:2017:poacc:billing:3.0')
  );
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Reads the root element and the document-level `cbc:ID` without a full XML parser: the UBL
 * was produced (and validated) by Facto, and BIS 3 puts `cbc:ID` right after the profile
 * elements, before any aggregate that has an `ID` of its own. `UBLExtensions` (which may hold
 * other IDs) is skipped. Returns undefined for anything that is not a UBL Invoice/CreditNote.
 */
export function readUblEnvelope(xml: string): UblEnvelope | undefined {
  const withoutProlog = xml
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(?:[\w.-]+:)?UBLExtensions\b[\s\S]*?<\/(?:[\w.-]+:)?UBLExtensions>/, '');
  const root = /<(?:[\w.-]+:)?(Invoice|CreditNote)[\s>]/.exec(withoutProlog);
  if (!root || withoutProlog.slice(0, root.index).trim() !== '') return undefined;
  const id = /<(?:[\w.-]+:)?ID(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?ID>/.exec(withoutProlog);
  const number = id?.[1] === undefined ? '' : decodeText(id[1]).trim();
  if (!number) return undefined;
  return { documentType: root[1] === 'Invoice' ? 'invoice' : 'creditNote', number };
}
