import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiPost, describeViolations, seriousViolations } from './a11y.js';
import { launchBrowser, signUpThroughForm } from './browser.js';

const baseUrl = inject('baseUrl');
const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const CUSTOMER_EMAIL = 'compta@boulangerie-lambert.example.be';

let browser: Browser;
let storageState: Awaited<ReturnType<BrowserContext['storageState']>>;
let ids: { customer: string; invoice: string; draft: string; token: string };

beforeAll(async () => {
  browser = await launchBrowser();
  // A company with a customer, a product, a finalised invoice with its public link, and a draft.
  const owner = await browser.newContext({
    locale: 'fr-BE',
    viewport: { width: 1366, height: 768 },
  });
  const page = await owner.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Menuiserie Dubois',
    enterpriseNumber: '0403.170.701',
    firstName: 'Claire',
    lastName: 'Dubois',
    email: `dubois-${Date.now()}@example.be`,
  });
  const customer = await apiPost(owner, baseUrl, '/customers', {
    kind: 'company',
    name: 'Boulangerie Lambert',
    email: CUSTOMER_EMAIL,
    language: 'fr',
    address: {
      street: 'Rue Haute',
      number: '3',
      box: null,
      postalCode: '5000',
      city: 'Namur',
      country: 'BE',
    },
  });
  await apiPost(owner, baseUrl, '/products', {
    code: 'P-001',
    name: { fr: 'Porte en chêne' },
    description: {},
    price: '850',
    vatRate: '21',
  });
  const lines = [
    {
      kind: 'item',
      description: 'Pose de châssis',
      quantity: '2',
      unitPrice: '480',
      vatRate: '21',
    },
  ];
  const today = new Date().toISOString().slice(0, 10);
  const invoice = await apiPost(owner, baseUrl, '/invoices', {
    customerId: customer.id,
    issueDate: today,
    lines,
  });
  await apiPost(owner, baseUrl, `/invoices/${String(invoice.id)}/finalize`, {});
  const link = await apiPost(owner, baseUrl, `/invoices/${String(invoice.id)}/link`, {});
  const draft = await apiPost(owner, baseUrl, '/invoices', {
    customerId: customer.id,
    issueDate: today,
    lines,
  });
  ids = {
    customer: String(customer.id),
    invoice: String(invoice.id),
    draft: String(draft.id),
    token: String(link.url).split('/d/')[1] ?? '',
  };
  storageState = await owner.storageState();
  await owner.close();
});
afterAll(async () => {
  await browser.close();
});

/** Waits until the page shows its main heading and has stopped loading. */
async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  // Skeletons give way to content; transitions end.
  await expect
    .poll(() => page.locator('.mantine-Skeleton-root').count(), { timeout: 10_000 })
    .toBe(0);
  await page.waitForTimeout(300);
}

const APP_PAGES: { name: string; path: () => string }[] = [
  { name: 'dashboard', path: () => '/' },
  { name: 'invoice list', path: () => '/invoices' },
  { name: 'invoice editor', path: () => `/invoices/${ids.draft}/edit` },
  { name: 'document view', path: () => `/invoices/${ids.invoice}` },
  { name: 'customers', path: () => '/customers' },
  { name: 'customer detail', path: () => `/customers/${ids.customer}` },
  { name: 'products', path: () => '/products' },
  { name: 'payments', path: () => '/payments' },
  { name: 'company settings', path: () => '/settings/company' },
];

describe.each(VIEWPORTS)('axe, in French, at $width×$height', (viewport) => {
  const size = { width: viewport.width, height: viewport.height };

  it.each(APP_PAGES)('$name has no critical or serious violation', async ({ path }) => {
    const context = await browser.newContext({ locale: 'fr-BE', viewport: size, storageState });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path()}`);
    await settle(page);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    await context.close();
  });

  it.each([
    { name: 'login', path: '/login' },
    { name: 'sign-up', path: '/signup' },
  ])('$name has no critical or serious violation', async ({ path }) => {
    const context = await browser.newContext({ locale: 'fr-BE', viewport: size });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    await settle(page);
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    await context.close();
  });

  it('the public document page (e-mail check, then the document) has none either', async () => {
    const context = await browser.newContext({ locale: 'fr-BE', viewport: size });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/d/${ids.token}`);
    await page.getByTestId('gate-email').waitFor();
    await page.waitForLoadState('networkidle');
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    await page.getByTestId('gate-email').fill(CUSTOMER_EMAIL);
    await page.getByTestId('gate-submit').click();
    await page.getByTestId('public-customer').waitFor();
    await page.waitForLoadState('networkidle');
    // Landmarks: a banner and the main region hold everything.
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('main').count()).toBe(1);
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    await context.close();
  });
});

describe('keyboard', () => {
  it('the first Tab stop skips to the content, and a change of page moves focus to its heading', async () => {
    const context = await browser.newContext({
      locale: 'fr-BE',
      viewport: { width: 1366, height: 768 },
      storageState,
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await settle(page);
    await page.keyboard.press('Tab');
    const first = page.getByTestId('skip-link');
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await first.textContent()).toBe('Aller au contenu');
    expect(await first.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    // From the content, "Nouvelle facture" is a few Tab stops away, not 25.
    await page.goto(`${baseUrl}/invoices`);
    await settle(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    let stops = 0;
    while (stops < 10) {
      await page.keyboard.press('Tab');
      stops += 1;
      const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (text.includes('Nouvelle facture')) break;
    }
    expect(stops).toBeLessThanOrEqual(3);

    // Following a menu link moves focus to the new page's main heading.
    await page.getByTestId('nav-customers').click();
    await page.waitForURL('**/customers');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName ?? '')).toBe('H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      await page.getByTestId('customers-title').textContent(),
    );
    await context.close();
  });

  it('fields and buttons show a focus ring (an outline), not only a border colour', async () => {
    const context = await browser.newContext({
      locale: 'fr-BE',
      viewport: { width: 1366, height: 768 },
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await settle(page);
    const outline = (testId: string) =>
      page.getByTestId(testId).evaluate((element) => {
        const style = getComputedStyle(element);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
    await page.getByTestId('login-email').focus();
    expect(await outline('login-email')).toBe('solid 2px');
    await page.getByTestId('login-password').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await outline('login-password')).toBe('solid 2px');
    await page.getByTestId('login-submit').focus();
    expect(await outline('login-submit')).toBe('solid 2px');
    await context.close();
  });
});
