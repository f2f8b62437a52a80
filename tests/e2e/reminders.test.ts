import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { signUpThroughForm, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** An API call from the logged-in page, with the CSRF token the app would send. */
async function call(page: Page, method: 'POST' | 'PUT', path: string, data: unknown) {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === 'facto_csrf')?.value ?? '';
  const response = await page.request.fetch(`${baseUrl}/api/v1${path}`, {
    method,
    data: data as Record<string, unknown>,
    headers: { 'x-csrf-token': csrf, origin: baseUrl },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return response.json() as Promise<{ id: string }>;
}

it('Settings → Reminders, then an overdue invoice: switch, next step, reminder now, its PDF', async () => {
  const context = await browser.newContext({
    locale: 'fr-BE',
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Sanitaire Lemaire',
    enterpriseNumber: '0566.988.259',
    firstName: 'Anne',
    lastName: 'Lemaire',
    email: `lemaire-${Date.now()}@example.be`,
  });

  // The settings page: the default sequence, the legal hints, automatic sending switched on.
  await page.goto(`${baseUrl}/settings/reminders`);
  await expect
    .poll(() => page.getByTestId('reminders-settings-title').textContent())
    .toBe('Rappels');
  await expect.poll(() => page.getByTestId('reminders-legal').textContent()).toContain('2 000 €');
  await expect
    .poll(() => page.getByTestId('reminder-step-0-name').inputValue())
    .toBe('Premier rappel');
  await page.getByTestId('reminders-enabled').check();
  await page.getByTestId('reminder-step-0-name').fill('Rappel amical');
  await page.getByTestId('reminders-save').click();
  await expect.poll(() => page.getByTestId('reminders-save').isEnabled()).toBe(true);
  await page.reload();
  await expect
    .poll(() => page.getByTestId('reminder-step-0-name').inputValue())
    .toBe('Rappel amical');
  await expect.poll(() => page.getByTestId('reminders-enabled').isChecked()).toBe(true);
  // "Run now" (owners): the daily run at once; nothing is overdue yet.
  await page.getByTestId('reminders-run-now').click();
  await expect
    .poll(() => page.getByText('Tournée des rappels terminée. Rappels créés : 0.').isVisible())
    .toBe(true);

  // A consumer and an invoice long overdue.
  const customer = await call(page, 'POST', '/customers', {
    kind: 'person',
    name: 'Marc Dubois',
    language: 'fr',
    email: 'marc.dubois@example.be',
    address: {
      street: null,
      number: null,
      box: null,
      postalCode: '5000',
      city: 'Namur',
      country: 'BE',
    },
  });
  const draft = await call(page, 'POST', '/invoices', {
    customerId: customer.id,
    issueDate: '2026-01-05',
    lines: [
      { kind: 'item', description: 'Réparation', quantity: '1', unitPrice: '200', vatRate: '21' },
    ],
  });
  await call(page, 'POST', `/invoices/${draft.id}/finalize`, {});

  await page.goto(`${baseUrl}/invoices/${draft.id}`);
  const panel = page.getByTestId('reminders-panel');
  await expect.poll(() => panel.isVisible()).toBe(true);
  await expect.poll(() => page.getByTestId('reminders-switch').isChecked()).toBe(true);
  await expect
    .poll(() => page.getByTestId('reminders-next').textContent())
    .toContain('Rappel amical');
  await expect.poll(() => page.getByTestId('reminders-kind').textContent()).toContain('gratuit');

  await page.getByTestId('reminders-send-now').click();
  await page.getByTestId('reminders-send-post').click();
  await expect.poll(() => page.getByTestId('reminder-row-0-total').textContent()).toMatch(/242,00/);
  const href = await page.getByTestId('reminder-row-0-pdf').getAttribute('href');
  const pdf = await page.request.get(`${baseUrl}${href ?? ''}`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Switched off on this invoice: kept after a reload.
  await page.getByTestId('reminders-switch').click();
  await expect.poll(() => page.getByTestId('reminders-switch').isChecked()).toBe(false);
  await page.reload();
  await expect.poll(() => page.getByTestId('reminders-switch').isChecked()).toBe(false);

  // The customer carries the default for its next invoices.
  await page.goto(`${baseUrl}/customers/${customer.id}`);
  await page.getByTestId('customer-tab-details').click();
  await expect.poll(() => page.getByTestId('customer-automaticReminders').isChecked()).toBe(true);
  await context.close();
});

it('reminders off for the company: the invoice and customer switches show off, not on', async () => {
  const context = await browser.newContext({
    locale: 'fr-BE',
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Menuiserie Sans Rappels',
    enterpriseNumber: '0566.988.259',
    firstName: 'Paul',
    lastName: 'Renard',
    email: `renard-${Date.now()}@example.be`,
  });

  // A new company has automatic reminders off; the customer and the invoice keep theirs on.
  const customer = await call(page, 'POST', '/customers', {
    kind: 'person',
    name: 'Lise Martin',
    language: 'fr',
    email: 'lise.martin@example.be',
    address: {
      street: null,
      number: null,
      box: null,
      postalCode: '5000',
      city: 'Namur',
      country: 'BE',
    },
  });
  const draft = await call(page, 'POST', '/invoices', {
    customerId: customer.id,
    issueDate: '2026-01-05',
    lines: [
      { kind: 'item', description: 'Châssis', quantity: '1', unitPrice: '300', vatRate: '21' },
    ],
  });
  await call(page, 'POST', `/invoices/${draft.id}/finalize`, {});

  await page.goto(`${baseUrl}/invoices/${draft.id}`);
  await page.getByTestId('reminders-switch').waitFor();
  await expect.poll(() => page.getByTestId('reminders-off').isVisible()).toBe(true);
  await expect.poll(() => page.getByTestId('reminders-switch').isChecked()).toBe(false);
  await expect.poll(() => page.getByTestId('reminders-switch').isDisabled()).toBe(true);

  await page.goto(`${baseUrl}/customers/${customer.id}`);
  await page.getByTestId('customer-tab-details').click();
  await expect.poll(() => page.getByTestId('customer-automaticReminders').isChecked()).toBe(false);
  await expect.poll(() => page.getByTestId('customer-automaticReminders').isDisabled()).toBe(true);
  await context.close();
});
