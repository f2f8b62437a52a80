import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import type { Document } from '../../src/contract/index.js';
import { signUpThroughForm, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

async function savedDocument(page: Page): Promise<Document> {
  await expect.poll(() => page.url()).toMatch(/\/invoices\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop() ?? '';
  const response = await page.request.get(`${baseUrl}/api/v1/invoices/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Document;
}

async function newInvoice(page: Page) {
  await page.goto(`${baseUrl}/invoices`);
  await page.getByTestId('invoices-new').click();
  await page.getByTestId('document-customer').fill('Müller');
  await page.getByRole('option', { name: /Müller Elektrotechnik/ }).click();
  await page.getByTestId('line-0-description').fill('Schaltschrank');
  await page.getByTestId('line-0-unitPrice').fill('1250');
}

it('picks the customer’s default delivery address, another one or a typed one, on a laptop and a phone', async () => {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Électricité Dupont',
    enterpriseNumber: '0566.988.259',
    firstName: 'Jean',
    lastName: 'Dupont',
    email: `dupont-delivery-${Date.now()}@example.be`,
  });

  // A customer with two delivery addresses.
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('customers-new').click();
  await page.getByTestId('customer-name').fill('Müller Elektrotechnik GmbH');
  await page.getByTestId('customer-city').fill('Liège');
  for (const [index, street, city] of [
    [0, 'Rue de la Gare', 'Namur'],
    [1, 'Quai de Rome', 'Liège'],
  ] as const) {
    await page.getByTestId('customer-add-delivery').click();
    await page.getByTestId(`customer-delivery-${index}-street`).fill(street);
    await page.getByTestId(`customer-delivery-${index}-city`).fill(city);
  }
  await page.getByTestId('customer-save').click();
  await expect.poll(() => page.getByTestId('customer-reference').textContent()).toContain('C00001');

  // A new invoice starts from the default address.
  await newInvoice(page);
  const picker = page.getByTestId('document-deliveryAddress');
  await expect.poll(() => picker.inputValue()).toContain('Customer’s default: Rue de la Gare');
  await page.getByTestId('document-save').click();
  const byDefault = await savedDocument(page);
  expect(byDefault.deliveryAddress).toMatchObject({ street: 'Rue de la Gare', city: 'Namur' });

  // Another of its addresses, then one typed from the customer's own address.
  await newInvoice(page);
  await picker.click();
  await page.getByRole('option', { name: /Other: Quai de Rome/ }).click();
  await page.getByTestId('document-save').click();
  expect((await savedDocument(page)).deliveryAddress).toMatchObject({ street: 'Quai de Rome' });

  // On a phone: a typed address, which starts from the customer's own address.
  await page.setViewportSize({ width: 390, height: 844 });
  await newInvoice(page);
  await picker.click();
  await page.getByRole('option', { name: 'Type an address' }).click();
  const city = page.getByTestId('document-delivery-city');
  await expect.poll(() => city.inputValue()).toBe('Liège');
  await page.getByTestId('document-delivery-street').fill('Hohe Straße');
  await page.getByTestId('document-delivery-number').fill('52');
  await page.getByTestId('document-delivery-postalCode').fill('50667');
  await city.fill('Köln');
  await page.getByTestId('document-delivery-country').fill('Germany');
  await page.getByRole('option', { name: 'Germany' }).click();
  const box = await city.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 1000)).toBeLessThanOrEqual(390);
  await page.getByTestId('document-save').click();
  expect((await savedDocument(page)).deliveryAddress).toEqual({
    contactAddressId: null,
    label: null,
    street: 'Hohe Straße',
    number: '52',
    box: null,
    postalCode: '50667',
    city: 'Köln',
    country: 'DE',
  });
  await context.close();
});
