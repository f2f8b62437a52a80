import fs from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures/peppol');

/** A PEPPOL fixture from ../shared/fixtures/peppol, as text. */
export function peppolFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** An official OpenPEPPOL example invoice, addressed to the company with this enterprise number. */
export function exampleAddressedTo(
  enterpriseNumber: string,
  name = 'openpeppol_base-example.xml',
): string {
  return peppolFixture(name).replace(
    '<cbc:EndpointID schemeID="0002">FR23342</cbc:EndpointID>',
    `<cbc:EndpointID schemeID="0208">${enterpriseNumber}</cbc:EndpointID>`,
  );
}
