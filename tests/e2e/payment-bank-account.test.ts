import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import type { Document, PaymentAccount } from '../../src/contract/index.js';
import { companyInput, exampleA } from '../server/pdf-fixtures.js';
import { signUpThroughForm, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** An API call from the logged-in page, with the CSRF token the app would send. */
async function call<T>(page: Page, method: string, path: string, data?: unknown): Promise<T> {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === 'facto_csrf')?.value ?? '';
  const response = await page.request.fetch(`${baseUrl}/api/v1${path}`, {
    method,
    ...(data === undefined ? {} : { data: data as Record<string, unknown> }),
    headers: { 'x-csrf-token': csrf, origin: baseUrl },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return response.json() as Promise<T>;
}

const status = (page: Page) => page.getByTestId('document-status').getAttribute('data-status');
const account = (page: Page) => page.getByTestId('payment-account').inputValue();

it('records a payment by transfer to the company’s default bank account', async () => {
  const context = await browser.newContext({
    locale: 'fr-BE',
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Électricité Dupont',
    enterpriseNumber: '0566.988.259',
    firstName: 'Marie',
    lastName: 'Dupont',
    email: `dupont-${Date.now()}@example.be`,
  });

  // Company settings: two bank accounts, "Courant" the default. An invoice of 252,86 €.
  await call(page, 'PUT', '/organization', companyInput());
  const customer = await call<{ id: string }>(page, 'POST', '/customers', {
    kind: 'company',
    name: 'Bouwbedrijf Peeters BV',
    language: 'nl',
    vatNumber: 'BE0403170701',
    address: {
      street: 'Kerkstraat',
      number: '5',
      box: null,
      postalCode: '9000',
      city: 'Gent',
      country: 'BE',
    },
  });
  const draft = await call<Document>(page, 'POST', '/invoices', exampleA(customer.id));
  // Example A bills 6 % to a customer with a VAT number: finalising asks to confirm it.
  const invoice = await call<Document>(page, 'POST', `/invoices/${draft.id}/finalize`, {
    confirmRenovationVat: true,
  });
  expect(invoice.totals.totalIncl).toBe('252.86');

  await page.goto(`${baseUrl}/invoices/${invoice.id}`);
  await page.getByTestId('payment-record').click();
  // A transfer, to the default bank account; cash goes to the cash book.
  await expect.poll(() => account(page)).toBe('Courant · BE68 5390 0754 7034');
  await page.getByTestId('payment-method').getByText('Espèces').click();
  await expect.poll(() => account(page)).toBe('Caisse');
  await page.getByTestId('payment-method').getByText('Virement').click();
  await expect.poll(() => account(page)).toBe('Courant · BE68 5390 0754 7034');
  await page.getByTestId('payment-save').click();
  await expect.poll(() => status(page)).toBe('paid');

  const accounts = await call<PaymentAccount[]>(page, 'GET', '/payment-accounts');
  expect(accounts.map((a) => [a.name, a.isDefault, a.balance])).toEqual([
    ['Épargne', false, '0.00'],
    ['Courant', true, '252.86'],
    ['Caisse', false, '0.00'],
  ]);
  const paid = await call<Document>(page, 'GET', `/invoices/${invoice.id}`);
  expect(paid.payments.map((p) => [p.paymentAccountName, p.amount])).toEqual([
    ['Courant', '252.86'],
  ]);

  // The payments page shows the one list: the default badge and the amount received on it.
  await page.goto(`${baseUrl}/payments`);
  await expect.poll(() => page.getByTestId('account-default-1').textContent()).toBe('Par défaut');
  await expect
    .poll(() => page.getByTestId('account-balance-1').textContent())
    .toMatch(/^252,86\s€$/);
  await context.close();
});
