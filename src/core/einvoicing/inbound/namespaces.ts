/** UBL 2.1 namespace URIs: elements are matched on these, never on the prefix a sender chose. */
export const NS = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  creditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  ext: 'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2',
} as const;

export function isUblRoot(uri: string, local: string): boolean {
  return (
    (uri === NS.invoice && local === 'Invoice') || (uri === NS.creditNote && local === 'CreditNote')
  );
}
