import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { signUpThroughForm, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

async function apiCall<T>(
  context: BrowserContext,
  page: Page,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  data?: unknown,
): Promise<T> {
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'facto_csrf')?.value;
  const response = await page.request.fetch(`${baseUrl}/api/v1${url}`, {
    method,
    data,
    headers: { 'X-CSRF-Token': decodeURIComponent(csrf ?? '') },
  });
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

const status = (page: Page) => page.getByTestId('document-status').getAttribute('data-status');
const vatRate = (page: Page, index: number) =>
  page.getByTestId(`line-${index}-vatRate`).inputValue();

it('asks before finalising with the number it takes; new lines take the product’s or the company’s VAT rate; a zero total is confirmed', async () => {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Rénovation Maes',
    enterpriseNumber: '0566.988.259',
    firstName: 'Eva',
    lastName: 'Maes',
    email: `maes-${Date.now()}@example.be`,
  });

  // The company's default rate is 12 % (not the 21 % a line used to assume), and a 6 % product.
  const organization = await apiCall<Record<string, unknown>>(
    context,
    page,
    'GET',
    '/organization',
  );
  expect(organization.defaultVatRate).toBe('21');
  await apiCall(context, page, 'PUT', '/organization', {
    ...organization,
    id: undefined,
    logoUrl: undefined,
    updatedAt: undefined,
    vatNumber: 'BE0566988259',
    bankAccounts: [],
    defaultVatRate: '12',
  });
  await apiCall(context, page, 'POST', '/products', {
    code: 'RENO-01',
    name: { fr: 'Pose de carrelage', nl: null, en: null, de: null },
    description: { fr: null, nl: null, en: null, de: null },
    unitCode: 'HUR',
    price: '50',
    vatRate: '6',
  });
  await apiCall(context, page, 'POST', '/customers', {
    kind: 'person',
    name: 'Jan Janssens',
    language: 'fr',
    address: {
      street: 'Kerkstraat',
      number: '5',
      box: null,
      postalCode: '9000',
      city: 'Gent',
      country: 'BE',
    },
  });

  // A new invoice: the first line starts at the company's rate; a product brings its own.
  await page.goto(`${baseUrl}/invoices/new`);
  await page.getByTestId('document-customer').fill('Janssens');
  await page.getByRole('option', { name: /Jan Janssens/ }).click();
  await expect.poll(() => vatRate(page, 0)).toBe('12');
  await page.getByTestId('line-0-description').fill('carrelage');
  await page.getByTestId('line-0-description-product-0').click();
  await expect.poll(() => vatRate(page, 0)).toBe('6');
  await page.getByTestId('line-0-quantity').fill('4');
  // A free-text line after the 6 % one takes the company's rate, not the line above's.
  await page.getByTestId('document-add-line').click();
  await expect.poll(() => vatRate(page, 1)).toBe('12');
  await page.getByTestId('line-1-description').fill('Déplacement');
  await page.getByTestId('line-1-unitPrice').fill('25');
  await expect
    .poll(() => page.getByTestId('document-total-incl').textContent())
    .toMatch(/240[.,]00/); // 200 + 6 % and 25 + 12 %: 212.00 + 28.00

  // Save and finalise: a dialog shows the number first; cancelling keeps the draft.
  await page.getByTestId('document-save-finalize').click();
  await expect
    .poll(() => page.getByTestId('finalise-number').textContent())
    .toMatch(/^F\d{4}-0001$/);
  await page.getByTestId('finalise-cancel').click();
  await expect.poll(() => page.url()).toMatch(/\/invoices\/[0-9a-f-]+\/edit$/);
  await page.goto(page.url().replace(/\/edit$/, ''));
  await expect.poll(() => status(page)).toBe('draft');
  await page.getByTestId('document-finalize').click();
  await expect
    .poll(() => page.getByTestId('finalise-number').textContent())
    .toMatch(/^F\d{4}-0001$/);
  await page.getByTestId('finalise-submit').click();
  await expect
    .poll(() => page.getByTestId('document-number').textContent())
    .toMatch(/^F\d{4}-0001$/);
  await expect.poll(() => status(page)).toBe('finalized');

  // A zero-total invoice: finalising needs the box ticked.
  await page.goto(`${baseUrl}/invoices/new`);
  await page.getByTestId('document-customer').fill('Janssens');
  await page.getByRole('option', { name: /Jan Janssens/ }).click();
  await page.getByTestId('line-0-description').fill('Visite gratuite');
  await page.getByTestId('line-0-unitPrice').fill('0');
  await page.getByTestId('document-save-finalize').click();
  await expect
    .poll(() => page.getByTestId('finalise-number').textContent())
    .toMatch(/^F\d{4}-0002$/);
  const submit = page.getByTestId('finalise-submit');
  await expect.poll(() => submit.isDisabled()).toBe(true);
  await page.getByTestId('finalise-confirm-zeroTotal').check();
  await expect.poll(() => submit.isDisabled()).toBe(false);
  await submit.click();
  await expect
    .poll(() => page.getByTestId('document-number').textContent())
    .toMatch(/^F\d{4}-0002$/);
  await context.close();
});

it('warns about 6 % for a business and asks to confirm it; offers a credit note instead of a negative invoice', async () => {
  const context = await browser.newContext({
    locale: 'fr-BE',
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Carrelage Dubois',
    enterpriseNumber: '0566.988.259',
    firstName: 'Paul',
    lastName: 'Dubois',
    email: `dubois-${Date.now()}@example.be`,
  });
  await apiCall(context, page, 'POST', '/customers', {
    kind: 'company',
    name: 'Bouwbedrijf Peeters BV',
    vatNumber: 'BE0403170701',
    language: 'fr',
    defaultDiscountPercent: '10',
    address: {
      street: 'Kerkstraat',
      number: '5',
      box: null,
      postalCode: '9000',
      city: 'Gent',
      country: 'BE',
    },
  });

  await page.goto(`${baseUrl}/invoices/new`);
  await page.getByTestId('document-customer').fill('Peeters');
  await page.getByRole('option', { name: /Bouwbedrijf Peeters/ }).click();
  // The customer's usual discount comes with the customer.
  await expect.poll(() => page.getByTestId('document-discount').inputValue()).toBe('10');
  await page.getByTestId('line-0-description').fill('Rénovation salle de bain');
  await page.getByTestId('line-0-unitPrice').fill('1000');
  await page.getByTestId('line-0-vatRate').selectOption('6');
  await expect.poll(() => page.getByTestId('editor-warning-renovationVat').isVisible()).toBe(true);
  await page.getByTestId('document-save-finalize').click();
  await expect
    .poll(() => page.getByTestId('finalise-number').textContent())
    .toMatch(/^F\d{4}-0001$/);
  const submit = page.getByTestId('finalise-submit');
  await expect.poll(() => submit.isDisabled()).toBe(true);
  await page.getByTestId('finalise-confirm-renovationVat').check();
  await submit.click();
  await expect
    .poll(() => page.getByTestId('document-number').textContent())
    .toMatch(/^F\d{4}-0001$/);

  // A negative invoice: the editor says so, and finalising offers the credit note instead.
  await page.goto(`${baseUrl}/invoices/new`);
  await page.getByTestId('document-customer').fill('Peeters');
  await page.getByRole('option', { name: /Bouwbedrijf Peeters/ }).click();
  await page.getByTestId('line-0-description').fill('Reprise de matériel');
  await page.getByTestId('line-0-quantity').fill('-1');
  await page.getByTestId('line-0-unitPrice').fill('100');
  await expect.poll(() => page.getByTestId('editor-warning-negativeTotal').isVisible()).toBe(true);
  await page.getByTestId('document-save-finalize').click();
  await page.getByTestId('finalise-credit-note').click();
  await expect.poll(() => page.url()).toMatch(/\/credit-notes\/[0-9a-f-]+\/edit$/);
  await expect.poll(() => page.getByTestId('line-0-quantity').inputValue()).toBe('1');
  await expect.poll(() => page.getByTestId('document-total-incl').textContent()).toMatch(/108,90/); // 100 − 10 % + 21 % VAT
  await context.close();
});
