import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { signUpThroughForm, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const status = (page: Page) => page.getByTestId('document-status').getAttribute('data-status');

it('customer → product → quote → accept → invoice → finalise → PDF → partial payment → paid', async () => {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Chauffage Renard',
    enterpriseNumber: '0566.988.259',
    firstName: 'Luc',
    lastName: 'Renard',
    email: `renard-${Date.now()}@example.be`,
  });

  // Customer and product, through the UI.
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('customers-new').click();
  await page.getByTestId('customer-name').fill('Boulangerie Lambert SRL');
  await page.getByTestId('customer-vatNumber').fill('BE0202023977');
  await page.getByTestId('customer-city').fill('Namur');
  await page.getByTestId('customer-save').click();
  await expect.poll(() => page.getByTestId('customer-reference').textContent()).toContain('C00001');
  await page.getByTestId('nav-products').click();
  await page.getByTestId('products-new').click();
  await page.getByTestId('product-code').fill('CHAUD-01');
  await page.getByTestId('product-lang-fr').click();
  await page.getByTestId('product-name-fr').fill('Chaudière à condensation');
  await page.getByTestId('product-price').fill('2400');
  await page.getByTestId('product-save').click();
  await expect.poll(() => page.getByTestId('product-title').textContent()).toContain('Chaudière');

  // A quote with the product, accepted, then turned into an invoice.
  await page.goto(`${baseUrl}/quotes`);
  await page.getByTestId('quotes-new').click();
  await page.getByTestId('document-customer').fill('Lambert');
  await page.getByRole('option', { name: /Boulangerie Lambert/ }).click();
  await page.getByTestId('line-0-description').fill('Chaudière');
  await page.getByTestId('line-0-description-product-0').click();
  await page.getByTestId('line-0-quantity').fill('1');
  await expect
    .poll(() => page.getByTestId('document-total-incl').textContent())
    .toMatch(/2[.,\s]?904[.,]00/);
  await page.getByTestId('document-save').click();
  await page.getByTestId('document-finalize').click();
  // Finalising asks first, showing the number it will take.
  await expect
    .poll(() => page.getByTestId('finalise-number').textContent())
    .toMatch(/^O\d{4}-0001$/);
  await page.getByTestId('finalise-submit').click();
  await expect
    .poll(() => page.getByTestId('document-number').textContent())
    .toMatch(/^O\d{4}-0001$/);
  await page.getByTestId('quote-accept').click();
  await expect.poll(() => status(page)).toBe('accepted');
  await page.getByTestId('quote-convert').click();
  await page.getByTestId('convert-to-invoice').click();
  await expect.poll(() => page.url()).toMatch(/\/invoices\//);
  await expect.poll(() => status(page)).toBe('draft');

  // Finalise: numbered, with a PDF.
  await page.getByTestId('document-finalize').click();
  await expect
    .poll(() => page.getByTestId('finalise-number').textContent())
    .toMatch(/^F\d{4}-0001$/);
  await page.getByTestId('finalise-submit').click();
  await expect
    .poll(() => page.getByTestId('document-number').textContent())
    .toMatch(/^F\d{4}-0001$/);
  const invoiceId = page.url().split('/').pop() ?? '';
  const pdf = await page.request.get(`${baseUrl}/api/v1/invoices/${invoiceId}/pdf`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // A partial payment, then the rest: the invoice shows paid.
  await page.getByTestId('payment-record').click();
  await page.getByTestId('payment-amount').fill('1000');
  await page.getByTestId('payment-save').click();
  await expect.poll(() => status(page)).toBe('partiallyPaid');
  await expect
    .poll(() => page.getByTestId('document-open-balance').textContent())
    .toMatch(/1[.,\s]?904[.,]00/);
  await page.getByTestId('payment-record').click();
  await page.getByTestId('payment-save').click();
  await expect.poll(() => status(page)).toBe('paid');

  // The customer's page lists the invoice, paid, and the customer owes nothing more.
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('customers-row-0').click();
  await expect
    .poll(() => page.getByTestId('customer-documents-row-0').textContent())
    .toMatch(/F\d{4}-0001/);
  await expect.poll(() => page.getByTestId('balance-unpaid').textContent()).toMatch(/0[.,]00/);
  await page.getByTestId('customer-documents-type').getByText('Quotes').click();
  await expect
    .poll(() => page.getByTestId('customer-documents-row-0').textContent())
    .toMatch(/O\d{4}-0001/);
  await context.close();
});
