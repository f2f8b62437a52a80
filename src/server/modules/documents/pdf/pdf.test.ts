import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../../../contract/index.js';
import { epcQrPayload } from '../../../../core/payments/index.js';
import {
  createTestApp,
  signedUpClient,
  type TestApp,
} from '../../../../../tests/server/test-app.js';
import { formatMoney, formatNumber, formatPercent } from './format.js';
import {
  createCustomer,
  draftInvoice,
  exampleA,
  finalInvoice,
  getPdf,
  pay,
  setCompany,
} from '../../../../../tests/server/pdf-fixtures.js';
import {
  pdfInfo,
  pdfPages,
  pdfText,
  qrOnFirstPage,
} from '../../../../../tests/server/pdf-tools.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A company with a default bank account, a Dutch-speaking customer and example A, partly paid. */
async function partlyPaidInvoice() {
  const { client } = await signedUpClient(t.app);
  await setCompany(client);
  const customer = await createCustomer(client);
  const invoice = await finalInvoice(client, exampleA(customer.id));
  const paid = await pay(client, invoice.id, '100.00');
  return { client, invoice: paid };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('invoice PDF', () => {
  it('prints the same number, totals, VAT per rate, amount due and structured communication as the API', async () => {
    const { client, invoice } = await partlyPaidInvoice();
    const response = await client.get(`/api/v1/invoices/${invoice.id}/pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    // The web app shows it in a frame of its own pages, and only there.
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'self'",
    );
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['content-disposition']).toBe('inline; filename="F2026-0001.pdf"');
    const text = await pdfText(response.rawPayload);

    // Written out once by hand (nl: `1.234,56 €`), then for every figure from the API.
    expect(invoice.openBalance).toBe('152.86');
    expect(text).toContain('252,86 €');
    expect(text).toContain('152,86 €');
    const money = (value: string) => formatMoney(value, 'nl');
    expect(text).toContain('Factuur');
    expect(text).toContain(invoice.numberFormatted ?? 'missing number');
    expect(text).toMatch(
      new RegExp(`Totaal excl\\. btw\\s+${escape(money(invoice.totals.totalExcl))}`),
    );
    expect(text).toMatch(new RegExp(`Totaal btw\\s+${escape(money(invoice.totals.totalVat))}`));
    expect(text).toMatch(
      new RegExp(`Totaal incl\\. btw\\s+${escape(money(invoice.totals.totalIncl))}`),
    );
    expect(text).toMatch(new RegExp(`Te betalen\\s+${escape(money(invoice.openBalance))}`));
    expect(text).toMatch(new RegExp(`Reeds betaald\\s+${escape(money('-100.00'))}`));
    for (const group of invoice.vatBreakdown) {
      const row = [
        formatPercent(group.vatRate, 'nl'),
        formatNumber(group.taxable, 'nl', 2),
        formatNumber(group.vat, 'nl', 2),
      ];
      // pdftotext may drop the thin space before "%" in a right-aligned column.
      expect(text).toMatch(new RegExp(row.map(escape).join('\\s+').replace(' %', '\\s*%')));
    }
    expect(text).toContain(invoice.structuredCommunication ?? 'missing OGM');
    // Mandatory mentions of both parties.
    expect(text).toContain('Électricité Dupont BV');
    expect(text).toContain('Btw BE 0566.988.259');
    expect(text).toContain('RPR Liège');
    expect(text).toContain('IBAN BE68 5390 0754 7034');
    expect(text).toContain('Btw BE 0403.170.701');
    expect(text).toContain('Uw referentie');
    expect(text).toContain('PO-7781');
    // Sections with their subtotals; the 6 % renovation statement.
    expect(text).toMatch(/Subtotaal Travaux\s+194,05/);
    expect(text).toContain('Btw-tarief van 6 %');
  });

  it('is a PDF/A-3b file with every font embedded', async () => {
    const { client, invoice } = await partlyPaidInvoice();
    const pdf = await getPdf(client, `/api/v1/invoices/${invoice.id}/pdf`);
    const { info, fonts } = await pdfInfo(pdf);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+Factuur F2026-0001/);
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    // pdffonts: name (with its subset tag), type, encoding, embedded, subset, unicode map.
    expect(rows.map((row) => row.replace(/^[A-Z]{6}\+/, '').split(/\s+/)[0])).toEqual([
      'DejaVuSansCondensed-Bold',
      'DejaVuSansCondensed',
    ]);
    for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
    const raw = pdf.toString('latin1');
    expect(raw).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(raw).toContain('/OutputIntents');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('prints an EPC QR code that reads back as the amount due, the IBAN and the structured reference', async () => {
    const { client, invoice } = await partlyPaidInvoice();
    const scanned = await qrOnFirstPage(await getPdf(client, `/api/v1/invoices/${invoice.id}/pdf`));
    const expected = epcQrPayload({
      bic: 'GEBABEBB',
      name: 'Électricité Dupont',
      iban: 'BE68539007547034',
      amount: invoice.openBalance,
      remittance: { type: 'ogm', ogm: invoice.structuredCommunication ?? '' },
    });
    expect(scanned).toBe(expected);
    const lines = (scanned ?? '').split('\n');
    expect(lines[6]).toBe('BE68539007547034');
    expect(lines[7]).toBe('EUR152.86');
    expect(lines[9]).toBe((invoice.structuredCommunication ?? '').replace(/\D/g, ''));
  });

  it('prints no QR code once the invoice is paid, nor without a bank account', async () => {
    const { client, invoice } = await partlyPaidInvoice();
    const paid = await pay(client, invoice.id, invoice.openBalance);
    expect(paid.openBalance).toBe('0.00');
    const paidPdf = await getPdf(client, `/api/v1/invoices/${invoice.id}/pdf`);
    expect(await qrOnFirstPage(paidPdf)).toBeNull();
    expect(await pdfText(paidPdf)).toMatch(/Te betalen\s+0,00 €/);

    const other = await signedUpClient(t.app);
    await setCompany(other.client, { bankAccounts: [] });
    const customer = await createCustomer(other.client);
    const unpaid = await finalInvoice(other.client, exampleA(customer.id));
    const noAccount = await getPdf(other.client, `/api/v1/invoices/${unpaid.id}/pdf`);
    expect(await qrOnFirstPage(noAccount)).toBeNull();
    expect(await pdfText(noAccount)).toContain(unpaid.structuredCommunication ?? 'missing OGM');
  });

  it('spreads 100 lines over several pages, each with the table header and "page n/N"', async () => {
    const { client } = await signedUpClient(t.app);
    await setCompany(client);
    const customer = await createCustomer(client, { language: 'fr' });
    const lines = Array.from({ length: 100 }, (_, i) => ({
      kind: 'item' as const,
      description: `Article ${i + 1} — fourniture et pose selon le métré`,
      quantity: '2',
      unitPrice: '10.50',
      vatRate: '21' as const,
    }));
    const invoice = await finalInvoice(client, {
      customerId: customer.id,
      issueDate: '2026-01-15',
      lines,
    });
    const pages = await pdfPages(await getPdf(client, `/api/v1/invoices/${invoice.id}/pdf`));
    expect(pages).toHaveLength(4);
    pages.forEach((page, i) => {
      expect(page).toMatch(/Description\s+Qté/);
      expect(page).toContain(`Page ${i + 1}/${pages.length}`);
    });
    const all = pages.join('\n');
    for (const n of [1, 50, 100]) expect(all).toContain(`Article ${n} — fourniture`);
    expect(all).toMatch(
      new RegExp(`Total TVAC\\s+${escape(formatMoney(invoice.totals.totalIncl, 'fr'))}`),
    );
  });

  it('speaks the customer’s language and prints the reverse-charge mention', async () => {
    const { client } = await signedUpClient(t.app);
    await setCompany(client);
    const dutch = await createCustomer(client, { language: 'nl', vatRegime: 'reverseCharge' });
    const french = await createCustomer(client, {
      name: 'Construction Lambert SA',
      language: 'fr',
      vatNumber: 'BE0202023977',
      vatRegime: 'reverseCharge',
    });
    const german = await createCustomer(client, {
      name: 'Bau Schmitz',
      language: 'de',
      vatNumber: null,
    });
    const nl = await pdfText(
      await getPdf(
        client,
        `/api/v1/invoices/${(await finalInvoice(client, exampleA(dutch.id))).id}/pdf`,
      ),
    );
    expect(nl).toContain('Factuur');
    expect(nl).toContain('Verlegging van heffing');
    expect(nl).toContain('artikel 51, § 2, eerste lid, 5°');
    const fr = await pdfText(
      await getPdf(
        client,
        `/api/v1/invoices/${(await finalInvoice(client, exampleA(french.id))).id}/pdf`,
      ),
    );
    expect(fr).toContain('Facture');
    expect(fr).toContain('Autoliquidation');
    expect(fr).toContain('RPM Liège');
    expect(fr).not.toContain('Factuur');
    const de = await pdfText(
      await getPdf(
        client,
        `/api/v1/invoices/${(await finalInvoice(client, exampleA(german.id))).id}/pdf`,
      ),
    );
    expect(de).toContain('Rechnung');
    expect(de).toMatch(/Gesamtbetrag brutto\s+252,86 €/);
  });

  it('prints a draft as such, without a number, and quotes and credit notes with their own titles', async () => {
    const { client } = await signedUpClient(t.app);
    await setCompany(client);
    const customer = await createCustomer(client, { language: 'fr' });
    const draft = await draftInvoice(client, exampleA(customer.id));
    const response = await client.get(`/api/v1/invoices/${draft.id}/pdf`);
    expect(response.headers['content-disposition']).toMatch(
      /^inline; filename="invoice-[\w-]+\.pdf"$/,
    );
    const draftText = await pdfText(response.rawPayload);
    expect(draftText).toContain('BROUILLON');
    expect(draftText).not.toContain('Numéro');
    expect(draftText).not.toMatch(/F2026-\d{4}/);
    expect(await qrOnFirstPage(response.rawPayload)).toBeNull();

    const quote = (await client.post('/api/v1/quotes', exampleA(customer.id))).json<Document>();
    const quoteText = await pdfText(await getPdf(client, `/api/v1/quotes/${quote.id}/pdf`));
    expect(quoteText).toContain('Devis');
    expect(quoteText).toContain('Valable jusqu’au');
    expect(quoteText).toContain('Bon pour accord');

    const final = (
      await client.post(`/api/v1/invoices/${draft.id}/finalize`, { confirmRenovationVat: true })
    ).json<Document>();
    const credit = (
      await client.post(`/api/v1/invoices/${draft.id}/credit-note`, {})
    ).json<Document>();
    const creditText = await pdfText(await getPdf(client, `/api/v1/credit-notes/${credit.id}/pdf`));
    expect(creditText).toContain('Note de crédit');
    expect(creditText).toContain(`Facture créditée`);
    expect(creditText).toContain(final.numberFormatted ?? 'missing number');
  });

  it('fills the tags of the texts above and below the lines, in the document’s language', async () => {
    const { client } = await signedUpClient(t.app);
    await setCompany(client);
    const customer = await createCustomer(client, { language: 'fr' });
    const draft = await draftInvoice(client, {
      ...exampleA(customer.id),
      textAbove: 'Cher %customer_name%,\nvoici la facture %document_number%.',
      textBelow: 'Total : %total_amount_incl%, à verser sur %iban%.',
    });
    const final = (
      await client.post(`/api/v1/invoices/${draft.id}/finalize`, { confirmRenovationVat: true })
    ).json<Document>();
    const text = await pdfText(await getPdf(client, `/api/v1/invoices/${final.id}/pdf`));
    expect(text).toContain(`Cher ${customer.name},`);
    expect(text).toContain(`voici la facture ${final.numberFormatted ?? 'missing'}.`);
    expect(text).toContain('à verser sur BE68 5390 0754 7034.');
    expect(text).not.toContain('%total_amount_incl%');
    expect(text).toMatch(/Total : [\d\s .]+,\d{2}\s*€/);
  });
});

describe('PDF access', () => {
  it('asks anonymous callers to log in and hides other organizations’ documents', async () => {
    const { client } = await signedUpClient(t.app);
    await setCompany(client);
    const customer = await createCustomer(client);
    const invoice = await finalInvoice(client, exampleA(customer.id));
    for (const path of ['invoices', 'quotes', 'credit-notes']) {
      const anonymous = await t.app.inject({
        method: 'GET',
        url: `/api/v1/${path}/${invoice.id}/pdf`,
      });
      expect(anonymous.statusCode).toBe(401);
    }
    const other = await signedUpClient(t.app);
    expect((await other.client.get(`/api/v1/invoices/${invoice.id}/pdf`)).statusCode).toBe(404);
    // The right id under another type's path is not found either.
    expect((await client.get(`/api/v1/quotes/${invoice.id}/pdf`)).statusCode).toBe(404);
  });
});
