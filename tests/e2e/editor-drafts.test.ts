import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, signUpThroughForm } from './browser.js';

/** Autosave waits for typing to stop (1.5 s) before it saves. */
const SAVE_WAIT = { timeout: 15_000 };

const baseUrl = inject('baseUrl');
let browser: Browser;
let laptop: BrowserContext;
let page: Page;
let customerId = '';
let draftId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  laptop = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1366, height: 768 } });
  page = await laptop.newPage();
  // A reload with unsaved changes asks the browser's "leave the page?": a person says yes.
  page.on('dialog', (dialog) => void dialog.accept());
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Chauffage Lambert SRL',
    enterpriseNumber: '0566.988.259',
    firstName: 'Marie',
    lastName: 'Dupont',
    email: `lambert-${Date.now()}@example.be`,
  });
  const customer = await post(page, '/customers', {
    kind: 'company',
    name: 'Boulangerie Peeters et Fils de Bruxelles-Capitale SRL',
    address: { country: 'BE', city: 'Bruxelles', postalCode: '1000' },
    vatNumber: 'BE0403170701',
    language: 'fr',
  });
  customerId = String(customer.id);
});
afterAll(async () => {
  await browser.close();
});

async function post(on: Page, path: string, body: unknown): Promise<Record<string, unknown>> {
  const csrf = (await on.context().cookies()).find((c) => c.name === 'facto_csrf')?.value ?? '';
  const response = await on.request.post(`${baseUrl}/api/v1${path}`, {
    data: body,
    headers: { 'X-CSRF-Token': csrf, Origin: baseUrl },
  });
  expect(response.status()).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

/** Text with any space (French thousands use a narrow no-break one) as a plain space. */
async function text(on: Page, testId: string): Promise<string> {
  return ((await on.getByTestId(testId).textContent()) ?? '').replace(/\s/g, ' ');
}

const keptKeys = (on: Page) =>
  on.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('facto.draft.')));

it('keeps a new, unsaved invoice in the browser across a reload and offers it back', async () => {
  await page.goto(`${baseUrl}/invoices/new?customerId=${customerId}`);
  await expect.poll(() => page.getByTestId('document-customer').inputValue()).toContain('Peeters');
  await page.getByTestId('line-0-description').fill('Entretien chaudière');
  await page.getByTestId('line-0-unitPrice').fill('145');
  await expect
    .poll(() => page.getByTestId('document-save-status').textContent())
    .toBe('Pas encore enregistré, gardé dans ce navigateur');
  // One copy, under this user, this company and this kind of document.
  await expect.poll(() => keptKeys(page)).toHaveLength(1);
  expect((await keptKeys(page))[0]).toMatch(
    /^facto\.draft\.v1:[0-9a-f-]{36}:[0-9a-f-]{36}:invoice:new$/,
  );

  await page.reload();
  await page.getByTestId('kept-draft-offer').waitFor();
  expect(await page.getByTestId('kept-draft-offer').textContent()).toContain(
    'Restaurer la facture non enregistrée ?',
  );
  await page.getByTestId('kept-draft-restore').click();
  expect(await page.getByTestId('line-0-description').inputValue()).toBe('Entretien chaudière');
  expect(await page.getByTestId('line-0-unitPrice').inputValue()).toBe('145');
  expect(await page.getByTestId('kept-draft-offer').count()).toBe(0);
});

it('puts an oversized price message on that price and keeps the other lines’ totals', async () => {
  await page.getByTestId('document-add-line').click();
  await page.getByTestId('line-1-description').fill('Pompe de circulation');
  await page.getByTestId('line-1-unitPrice').fill('100000000.01');
  await page.getByTestId('line-1-errors').waitFor();
  expect(await page.getByTestId('line-1-errors').textContent()).toContain(
    'Ce montant est trop élevé.',
  );
  expect(await page.getByTestId('line-1-unitPrice').getAttribute('aria-invalid')).toBe('true');
  // The first line still shows its total; only the refused one has none.
  expect(await page.getByTestId('line-0-total').textContent()).toBe('145,00');
  expect(await page.getByTestId('line-1-total').textContent()).toBe('–');

  await page.getByTestId('line-1-unitPrice').fill('320');
  await expect.poll(() => page.getByTestId('line-1-errors').count()).toBe(0);
  expect(await page.getByTestId('line-1-total').textContent()).toBe('320,00');
});

it('marks a negative line as a deduction, on the line and in the totals', async () => {
  await page.getByTestId('document-add-line').click();
  await page.getByTestId('line-2-description').fill('Reprise ancien circulateur');
  await page.getByTestId('line-2-quantity').fill('-1');
  await page.getByTestId('line-2-unitPrice').fill('50');
  await page.getByTestId('line-2-deduction').waitFor();
  expect(await page.getByTestId('line-2-deduction').textContent()).toBe(
    'Montant négatif : cette ligne est déduite du total.',
  );
  expect(await page.getByTestId('line-2-total').getAttribute('data-deduction')).toBe('true');
  expect(await text(page, 'document-deductions-total')).toBe('-50,00 €');
  expect(await text(page, 'document-total-excl')).toBe('415,00 €');
});

it('saves the draft, then autosaves its changes on the server across a reload', async () => {
  await page.getByTestId('document-save').click();
  await page.waitForURL(/\/invoices\/[0-9a-f-]{36}$/);
  draftId = /\/invoices\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
  // Saved: the browser's copy of the new invoice is gone.
  expect(await keptKeys(page)).toEqual([]);

  await page.goto(`${baseUrl}/invoices/${draftId}/edit`);
  await page.getByTestId('line-0-description').fill('Entretien chaudière gaz');
  await expect
    .poll(() => page.getByTestId('document-save-status').textContent(), SAVE_WAIT)
    .toBe('Enregistré');
  await expect.poll(() => keptKeys(page)).toEqual([]);
  await page.reload();
  await page.getByTestId('line-0-description').waitFor();
  expect(await page.getByTestId('line-0-description').inputValue()).toBe('Entretien chaudière gaz');
  expect(await page.getByTestId('kept-draft-offer').count()).toBe(0);
});

/** The element is entirely inside the viewport and its text is not cut. */
async function fullyVisible(on: Page, testId: string): Promise<boolean> {
  return on.getByTestId(testId).evaluate((node) => {
    const box = node.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.left >= 0 &&
      box.right <= window.innerWidth &&
      node.scrollWidth <= node.clientWidth + 1
    );
  });
}

it('shows number, customer, amount and status on a phone, and the editor total uncut', async () => {
  const phone = await browser.newContext({
    locale: 'fr-BE',
    viewport: { width: 390, height: 844 },
    storageState: await laptop.storageState(),
  });
  const small = await phone.newPage();
  // A large amount, the widest a total gets in practice.
  const big = await post(small, '/invoices', {
    customerId,
    issueDate: '2026-12-07',
    lines: [
      {
        kind: 'item',
        description: 'Installation',
        quantity: '1',
        unitPrice: '123456.78',
        vatRate: '21',
      },
    ],
  });
  // Largest first: other tests' drafts carry today's date, which may sort after this one's.
  await small.goto(`${baseUrl}/invoices?sort=total:desc`);
  await small.getByTestId('invoices-card-0').waitFor();
  expect(await small.getByTestId('invoices-table').isVisible()).toBe(false);
  const card = (part: string) => `invoices-card-0-${part}`;
  expect(await text(small, card('amount'))).toBe('149 382,70 €');
  expect(await small.getByTestId(card('status')).textContent()).toBe('Brouillon');
  expect(await small.getByTestId(card('customer')).textContent()).toContain('Peeters');
  for (const part of ['number', 'amount', 'status']) {
    expect(await fullyVisible(small, card(part))).toBe(true);
  }
  // Nothing scrolls sideways.
  expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBe(390);

  await small.goto(`${baseUrl}/invoices/${String(big.id)}/edit`);
  await small.getByTestId('document-footer-total').waitFor();
  expect(await text(small, 'document-footer-total')).toBe('149 382,70 €');
  expect(await fullyVisible(small, 'document-footer-total')).toBe(true);
  expect(await fullyVisible(small, 'document-save')).toBe(true);
  expect(await fullyVisible(small, 'document-save-finalize')).toBe(true);
  await phone.close();
});

it('shows the layout form at once; the preview comes after', async () => {
  // Hold every preview: the form must not wait for it.
  let previews = 0;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/v1/layout/preview.pdf*', async (route) => {
    previews += 1;
    await held;
    await route.continue();
  });
  await page.goto(`${baseUrl}/settings/layout`);
  await page.getByTestId('layout-template').waitFor();
  await page.getByTestId('layout-color').fill('#2b8a3e');
  expect(await page.getByTestId('layout-color').inputValue()).toBe('#2b8a3e');
  await expect.poll(() => previews, SAVE_WAIT).toBeGreaterThan(0);
  release();
  await page.getByTestId('layout-preview').waitFor();
  await page.unroute('**/api/v1/layout/preview.pdf*');
});
