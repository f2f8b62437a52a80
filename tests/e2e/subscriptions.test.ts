import { expect, inject, it } from 'vitest';
import { dateInZone } from '../../src/core/subscriptions/index.js';
import { signUpThroughForm, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

it('subscription: created with live totals, invoiced now with its period, listed, paused', async () => {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Entretien Maes',
    enterpriseNumber: '0566.988.259',
    firstName: 'Eva',
    lastName: 'Maes',
    email: `maes-${Date.now()}@example.be`,
  });

  await page.getByTestId('nav-customers').click();
  await page.getByTestId('customers-new').click();
  await page.getByTestId('customer-name').fill('Boulangerie Lambert SRL');
  await page.getByTestId('customer-vatNumber').fill('BE0202023977');
  await page.getByTestId('customer-city').fill('Namur');
  await page.getByTestId('customer-save').click();
  await expect.poll(() => page.getByTestId('customer-reference').textContent()).toContain('C00001');

  // The navigation leads to the (empty) list, then to the editor.
  await page.getByTestId('nav-subscriptions').click();
  await expect.poll(() => page.getByTestId('subscriptions-empty').isVisible()).toBe(true);
  await page.getByTestId('subscriptions-new').click();
  await page.getByTestId('subscription-customer').fill('Lambert');
  await page.getByRole('option', { name: /Boulangerie Lambert/ }).click();
  await page.getByTestId('line-0-description').fill('Maintenance %start% – %end%');
  await page.getByTestId('line-0-unitPrice').fill('100');
  await expect
    .poll(() => page.getByTestId('document-total-incl').textContent())
    .toMatch(/121[.,]00/);
  // Starting tomorrow: nothing is due before "Invoice now".
  const tomorrow = dateInZone(new Date(Date.now() + 36 * 3600 * 1000));
  await page.getByTestId('subscription-startDate').fill(tomorrow);
  await page.getByTestId('subscription-autoFinalize').check({ force: true });
  await expect
    .poll(() => page.getByTestId('subscription-preview').textContent())
    .toContain('period');
  await page.getByTestId('subscription-save').click();

  await expect.poll(() => page.url()).toMatch(/\/subscriptions\/[0-9a-f-]{36}$/);
  await expect
    .poll(() => page.getByTestId('subscription-status').getAttribute('data-status'))
    .toBe('active');
  await expect.poll(() => page.getByTestId('subscription-invoices-empty').isVisible()).toBe(true);
  const [year, month, day] = tomorrow.split('-');
  await expect
    .poll(() => page.getByTestId('subscription-upcoming').textContent())
    .toContain(`${day}/${month}/${year}`);

  // Invoice the first period now: a finalised invoice whose line names its period.
  await page.getByTestId('subscription-run-now').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Invoice now' }).click();
  await expect.poll(() => page.url()).toMatch(/\/invoices\/[0-9a-f-]{36}$/);
  await expect
    .poll(() => page.getByTestId('document-number').textContent())
    .toMatch(/^F\d{4}-0001$/);
  await expect
    .poll(() => page.getByText(`Maintenance ${day}/${month}/${year} –`).isVisible())
    .toBe(true);

  await page.goBack();
  await expect
    .poll(() => page.getByTestId('subscription-invoices-row-0').textContent())
    .toMatch(/F\d{4}-0001/);

  // Paused: shown so in the list, without a next invoice.
  await page.getByTestId('subscription-pause').click();
  await expect
    .poll(() => page.getByTestId('subscription-status').getAttribute('data-status'))
    .toBe('paused');
  await page.getByTestId('nav-subscriptions').click();
  await expect
    .poll(() => page.getByTestId('subscriptions-status-0').getAttribute('data-status'))
    .toBe('paused');
  await expect.poll(() => page.getByTestId('subscriptions-next-0').textContent()).toBe('–');

  // On a phone the list still fits the screen (the table scrolls inside its frame).
  await page.setViewportSize({ width: 390, height: 844 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await context.close();
});
