import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { pdfPages } from '../server/pdf-tools.js';
import { signUpThroughForm, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** "1,234.56" / "€ 1.234,56" → "1234.56": what the screen and the PDF show, as the API writes it. */
function amount(text: string | null): string {
  const digits = (text ?? '').replace(/[^\d,.-]/g, '');
  const decimal = digits.slice(-3, -2);
  const [whole = '', cents = ''] = [digits.slice(0, -3), digits.slice(-2)];
  expect([',', '.']).toContain(decimal);
  return `${whole.replace(/[.,]/g, '')}.${cents}`;
}

async function post(page: Page, path: string, body: unknown): Promise<Record<string, unknown>> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'facto_csrf')?.value ?? '';
  const response = await page.request.post(`${baseUrl}/api/v1${path}`, {
    data: body,
    headers: { 'X-CSRF-Token': csrf, Origin: baseUrl },
  });
  expect(response.status()).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

it('the totals typed in the editor are the saved totals and the printed totals, to the cent', async () => {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Elektro Wouters',
    enterpriseNumber: '0566.988.259',
    firstName: 'Jan',
    lastName: 'Wouters',
    email: `wouters-${Date.now()}@example.be`,
  });
  const customer = await post(page, '/customers', {
    kind: 'company',
    name: 'Immo Claes NV',
    address: { country: 'BE', city: 'Leuven', postalCode: '3000' },
    vatNumber: 'BE0403170701',
    language: 'nl',
  });

  // From the customer's page: a new invoice with the customer already chosen.
  await page.goto(`${baseUrl}/customers/${String(customer.id)}`);
  await page.getByTestId('customer-documents-new').click();
  await expect.poll(() => page.getByTestId('document-customer').inputValue()).toContain('Claes');

  // Mixed rates, quantities with decimals, a line discount, a document discount and escompte.
  const lines: [string, string, string, string, string][] = [
    ['Kabel 3G2,5', '37.5', '1.2345', '', '21'],
    ['Werkuren', '7.25', '48.5', '10', '21'],
    ['Renovatie stopcontacten', '3', '19.99', '', '6'],
    ['Boek', '1', '24.95', '', '12'],
  ];
  for (const [index, [description, quantity, price, discount, rate]] of lines.entries()) {
    if (index > 0) await page.getByTestId('document-add-line').click();
    await page.getByTestId(`line-${index}-description`).fill(description);
    await page.getByTestId(`line-${index}-quantity`).fill(quantity);
    await page.getByTestId(`line-${index}-unitPrice`).fill(price);
    if (discount) await page.getByTestId(`line-${index}-discount`).fill(discount);
    await page.getByTestId(`line-${index}-vatRate`).selectOption(rate);
  }
  await page.getByTestId('document-discount').fill('3');
  await page.getByTestId('document-settlementPercent').fill('2');
  await page.getByTestId('document-settlementDays').fill('8');
  await expect.poll(() => page.getByTestId('document-total-settlement').count()).toBe(1);

  const screen = {
    totalExcl: amount(await page.getByTestId('document-total-excl').textContent()),
    vat21: amount(await page.getByTestId('document-vat-S-21').textContent()),
    vat6: amount(await page.getByTestId('document-vat-S-6').textContent()),
    vat12: amount(await page.getByTestId('document-vat-S-12').textContent()),
    totalVat: amount(await page.getByTestId('document-total-vat').textContent()),
    totalIncl: amount(await page.getByTestId('document-total-incl').textContent()),
    settlement: amount(await page.getByTestId('document-total-settlement').textContent()),
  };

  await page.getByTestId('document-save').click();
  await expect.poll(() => page.url()).toMatch(/\/invoices\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop() ?? '';
  const saved = (await (await page.request.get(`${baseUrl}/api/v1/invoices/${id}`)).json()) as {
    totals: Record<string, string>;
    vatBreakdown: { vatRate: string; vat: string }[];
  };
  const vatAt = (rate: string) => saved.vatBreakdown.find((g) => g.vatRate === rate)?.vat;
  expect({
    totalExcl: saved.totals.totalExcl,
    vat21: vatAt('21'),
    vat6: vatAt('6'),
    vat12: vatAt('12'),
    totalVat: saved.totals.totalVat,
    totalIncl: saved.totals.totalIncl,
    settlement: saved.totals.totalWithSettlementDiscount,
  }).toEqual(screen);

  // The PDF, read back with pdftotext, prints the same figures.
  const pdf = await page.request.get(`${baseUrl}/api/v1/invoices/${id}/pdf`);
  const text = (await pdfPages(Buffer.from(await pdf.body()))).join('\n');
  const printed = new Set(
    [...text.matchAll(/-?\d{1,3}(?:[.\s ]\d{3})*,\d{2}/g)].map((match) => amount(match[0])),
  );
  for (const value of Object.values(screen)) expect(printed).toContain(value);
  await context.close();
});
