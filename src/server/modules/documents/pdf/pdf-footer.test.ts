import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentInput } from '../../../../contract/index.js';
import {
  createTestApp,
  signedUpClient,
  type TestApp,
} from '../../../../../tests/server/test-app.js';
import {
  createCustomer,
  finalInvoice,
  getPdf,
  setCompany,
} from '../../../../../tests/server/pdf-fixtures.js';
import { pdfPages } from '../../../../../tests/server/pdf-tools.js';
import { footerLines } from './footer-lines.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('footer lines', () => {
  const measure = (text: string) => text.length;
  it('breaks between parts, never inside one', () => {
    const parts = [
      'Électricité Dupont SRL',
      'Rue Haute 12, 4000 Liège',
      'IBAN BE68 5390 0754 7034',
    ];
    expect(footerLines(parts, 60, measure)).toEqual([
      'Électricité Dupont SRL · Rue Haute 12, 4000 Liège',
      'IBAN BE68 5390 0754 7034',
    ]);
    expect(footerLines(parts, 200, measure)).toEqual([parts.join(' · ')]);
  });

  it('wraps between its words only a part longer than a whole line', () => {
    const parts = ['aaaa bbbb cccc dddd eeee ffff gggg hhhh', 'IBAN BE68 5390 0754 7034'];
    expect(footerLines(parts, 30, measure)).toEqual([
      'aaaa bbbb cccc dddd eeee ffff',
      'gggg hhhh',
      'IBAN BE68 5390 0754 7034',
    ]);
  });
});

/**
 * Two companies: one whose mentions just fit one line beside "Page 9/9" (so a two-digit counter
 * used to push the IBAN's last groups onto the next line), and one with a long name.
 */
const COMPANIES = [
  {
    legalName: 'Électricité Générale Dupont',
    registerCourt: 'Liège',
    address: {
      street: 'Rue Haute',
      number: '12',
      box: null,
      postalCode: '4020',
      city: 'Liège',
      country: 'BE',
    },
  },
  {
    legalName: 'Établissements Électricité Dupont-Vandenberghe & Fils de la Vallée de la Meuse',
    registerCourt: 'Liège, division Liège',
    address: {
      street: 'Boulevard de la Constitution',
      number: '128',
      box: '14',
      postalCode: '4020',
      city: 'Liège',
      country: 'BE',
    },
  },
];

describe('PDF footer', () => {
  it.each(COMPANIES.map((company) => [company.legalName, company] as const))(
    '%s: the IBAN stays whole and the page counter is on every page of a 10+ page invoice',
    async (_, company) => {
      const { client } = await signedUpClient(t.app);
      await setCompany(client, company);
      const customer = await createCustomer(client, { language: 'fr' });
      const input: DocumentInput = {
        customerId: customer.id,
        issueDate: '2026-01-15',
        lines: Array.from({ length: 480 }, (_, index) => ({
          kind: 'item' as const,
          description: `Fourniture n° ${index + 1}`,
          quantity: '1',
          unitPrice: '10',
          vatRate: '21' as const,
        })),
      };
      const invoice = await finalInvoice(client, input);
      const pages = await pdfPages(await getPdf(client, `/api/v1/invoices/${invoice.id}/pdf`));
      expect(pages.length).toBeGreaterThanOrEqual(10);
      expect(pages.length).toBeLessThan(100);
      pages.forEach((page, index) => {
        const lines = page.split('\n');
        const counter = `Page ${index + 1}/${pages.length}`;
        expect(
          lines.filter((line) => line.includes(counter)),
          page,
        ).toHaveLength(1);
        // The footer is the page's last lines: its IBAN is on one line, never cut.
        const footer = lines.filter((line) => line.includes('IBAN')).at(-1) ?? '';
        expect(footer, page).toMatch(/IBAN BE68 5390 0754 7034/);
        expect(page).toContain(company.legalName);
      });
    },
    60_000,
  );
});
