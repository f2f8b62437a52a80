import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { signUpThroughForm, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** An API call from the logged-in page, with the CSRF token the app would send. */
async function call(page: Page, path: string, data: unknown) {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === 'facto_csrf')?.value ?? '';
  const response = await page.request.fetch(`${baseUrl}/api/v1${path}`, {
    method: 'POST',
    data: data as Record<string, unknown>,
    headers: { 'x-csrf-token': csrf, origin: baseUrl },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return response.json() as Promise<{ id: string }>;
}

it('with nothing configured, an invoice sent by e-mail from its page lands in the built-in mailbox', async () => {
  const context = await browser.newContext({
    locale: 'nl-BE',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await expect.poll(() => page.getByTestId('login-forgot-password').isVisible()).toBe(true);
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Elektro Claes',
    enterpriseNumber: '0566.988.259',
    firstName: 'Tom',
    lastName: 'Claes',
    email: `claes-${Date.now()}@example.be`,
  });

  const customer = await call(page, '/customers', {
    kind: 'company',
    name: 'Bakkerij Janssens BV',
    language: 'nl',
    invoiceEmail: 'boekhouding@janssens.be',
    address: {
      street: 'Markt',
      number: '1',
      box: null,
      postalCode: '2000',
      city: 'Antwerpen',
      country: 'BE',
    },
  });
  const draft = await call(page, '/invoices', {
    customerId: customer.id,
    issueDate: new Date().toISOString().slice(0, 10),
    lines: [
      { kind: 'item', description: 'Herstelling', quantity: '2', unitPrice: '75', vatRate: '21' },
    ],
  });

  // From the draft's page: finalise and send in one action.
  await page.goto(`${baseUrl}/invoices/${draft.id}`);
  await expect.poll(() => page.getByTestId('email-none').isVisible()).toBe(true);
  await page.getByTestId('email-send-open').click();
  await expect
    .poll(() => page.getByTestId('send-email-subject').inputValue())
    .toBe('Factuur %number% – %company_name%');
  await expect.poll(() => page.getByTestId('send-email-mailbox-hint').isVisible()).toBe(true);
  await expect
    .poll(() => page.getByTestId('send-email-modal').textContent())
    .toContain('boekhouding@janssens.be');
  await page.getByTestId('send-email-ubl').check();
  await page.getByTestId('send-email-submit').click();

  // The worker picks it up: the panel says where it went, the invoice is numbered and sent.
  await expect
    .poll(() => page.getByTestId('email-status').getAttribute('data-status'), { timeout: 30_000 })
    .toBe('mailbox');
  await expect
    .poll(() => page.getByTestId('document-number').textContent())
    .toMatch(/^F\d{4}-0001$/);
  await expect
    .poll(() => page.getByTestId('document-status').getAttribute('data-status'))
    .toBe('sent');

  // The built-in mailbox shows it, HTML and attachments included.
  await page.getByTestId('email-open-mailbox').click();
  await expect.poll(() => page.getByTestId('mailbox-title').isVisible()).toBe(true);
  const frame = page.frameLocator('[data-testid="mailbox-html"]');
  await expect
    .poll(() => frame.locator('body').textContent(), { timeout: 15_000 })
    .toMatch(/In bijlage vindt u onze factuur F\d{4}-0001/);
  const attachments = page.getByTestId('mailbox-attachment');
  await expect.poll(() => attachments.count()).toBe(2);
  await expect.poll(() => attachments.first().textContent()).toMatch(/F\d{4}-0001\.pdf/);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByTestId('mailbox-row').count()).toBe(1);
  await expect
    .poll(() => page.getByTestId('mailbox-table').textContent())
    .toContain('boekhouding@janssens.be');
  await context.close();
});
