import { expect, inject, it } from 'vitest';
import { signUpThroughForm, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

it('creates a customer and a product, finds them, and changes a price with a preview', async () => {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Sanitair Maes',
    enterpriseNumber: '0202.023.977',
    firstName: 'Piet',
    lastName: 'Maes',
    email: `maes-${Date.now()}@example.be`,
  });

  // A customer, with a VAT number that the server checks.
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('customers-new').click();
  await page.getByTestId('customer-name').fill('Bouwbedrijf Peeters BV');
  await page.getByTestId('customer-vatNumber').fill('BE0403.170.702');
  await page.getByTestId('customer-city').fill('Gent');
  await page.getByTestId('customer-email').fill('boekhouding@peeters.be');
  await page.getByTestId('customer-save').click();
  await expect
    .poll(() => page.getByText('This is not a valid VAT number.').count())
    .toBeGreaterThan(0);
  await page.getByTestId('customer-vatNumber').fill('BE0403.170.701');
  await page.getByTestId('customer-save').click();
  await expect.poll(() => page.getByTestId('customer-reference').textContent()).toContain('C00001');

  await page.getByTestId('nav-customers').click();
  await page.getByTestId('customers-search').fill('peeters');
  await expect
    .poll(() => page.getByTestId('customers-row-0').textContent())
    .toContain('Bouwbedrijf Peeters BV');

  // A product from a purchase price and a margin, then a 5 % price increase.
  await page.getByTestId('nav-products').click();
  await page.getByTestId('products-new').click();
  await page.getByTestId('product-code').fill('KRAAN-01');
  await page.getByTestId('product-lang-fr').click();
  await page.getByTestId('product-name-fr').fill('Robinet mitigeur');
  await page.getByTestId('product-purchasePrice').fill('40');
  await page.getByTestId('product-marginPercent').fill('100');
  await expect.poll(() => page.getByTestId('product-price').inputValue()).toBe('80.00');
  await page.getByTestId('product-save').click();
  await expect
    .poll(() => page.getByTestId('product-title').textContent())
    .toContain('Robinet mitigeur');

  await page.getByTestId('nav-products').click();
  await expect.poll(() => page.getByTestId('products-row-0').textContent()).toContain('KRAAN-01');
  await page.getByTestId('products-select-0').click();
  await page.getByTestId('products-change-prices').click();
  await page.getByTestId('price-update-percent').fill('5');
  await page.getByTestId('price-update-preview').click();
  await expect
    .poll(() => page.getByTestId('price-update-row-0').textContent())
    .toMatch(/80[.,]00.*84[.,]00/);
  await page.getByTestId('price-update-apply').click();
  await expect
    .poll(
      async () =>
        (await (await page.request.get(`${baseUrl}/api/v1/products?q=kraan`)).json()).items[0]
          .price,
    )
    .toBe('84.00');
  await context.close();
});
