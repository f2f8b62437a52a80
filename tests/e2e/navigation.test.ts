import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiPost } from './a11y.js';
import { launchBrowser, signUpThroughForm } from './browser.js';

const baseUrl = inject('baseUrl');
const PASSWORD = 'a long enough password';

/** Every module page, as the navigation names its entries (test id suffix = path). */
const MODULES = [
  '/quotes',
  '/invoices',
  '/credit-notes',
  '/subscriptions',
  '/payments',
  '/settings/reminders',
  '/inbox',
  '/purchases',
  '/customers',
  '/products',
] as const;
const testIdOf = (prefix: string, path: string) => `${prefix}${path.replaceAll('/', '-')}`;

let browser: Browser;
let owner: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  owner = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1366, height: 768 } });
  const page = await owner.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Électricité Janssens',
    enterpriseNumber: '0403.170.701',
    firstName: 'Tom',
    lastName: 'Janssens',
    email: `janssens-${Date.now()}@example.be`,
    password: PASSWORD,
  });
  await page.close();
});
afterAll(async () => {
  await browser.close();
});

/** The page at `path` is shown: its URL, its main heading, and no "no access". */
async function expectOn(page: Page, path: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === path);
  await page.locator('main h1').first().waitFor();
  expect(await page.getByTestId('no-access').count()).toBe(0);
}

/** Whether the element lies wholly inside the window, without scrolling anything. */
async function inWindow(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0;
  });
}

describe('every module is one click away', () => {
  it('on a 1366×768 laptop: a grouped sidebar shows every module without scrolling', async () => {
    const page = await owner.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('dashboard-title').waitFor();
    // Grouped: sales, money, purchases, contacts and catalogue.
    expect(
      await page.locator('nav[aria-label] [role="group"] > p:first-child').allTextContents(),
    ).toEqual(['Ventes', 'Trésorerie', 'Achats', 'Contacts et catalogue']);
    for (const path of MODULES) {
      await page.goto(`${baseUrl}/`);
      await page.getByTestId('dashboard-title').waitFor();
      expect(await inWindow(page, testIdOf('nav', path)), path).toBe(true);
      await page.getByTestId(testIdOf('nav', path)).click();
      await expectOn(page, path);
      expect(await page.getByTestId(testIdOf('nav', path)).getAttribute('aria-current')).toBe(
        'page',
      );
    }
    // No bottom bar on a laptop.
    expect(await page.getByTestId('tab-more').isVisible()).toBe(false);
    await page.close();
  });

  it('on a 390×844 phone: four modules in the bottom bar, the others one tap behind "More"', async () => {
    const phone = await browser.newContext({
      locale: 'fr-BE',
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      storageState: await owner.storageState(),
    });
    const page = await phone.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('dashboard-title').waitFor();
    const primary = ['/invoices', '/quotes', '/customers', '/payments'];
    for (const path of primary) {
      expect(await inWindow(page, testIdOf('tab', path)), path).toBe(true);
      await page.getByTestId(testIdOf('tab', path)).tap();
      await expectOn(page, path);
    }
    // The sidebar is out of the page (and of the Tab order).
    expect(await page.getByTestId('nav-invoices').isVisible()).toBe(false);
    for (const path of MODULES) {
      await page.getByTestId('tab-more').tap();
      const entry = page.getByTestId(testIdOf('more', path));
      await entry.waitFor();
      await entry.tap();
      await expectOn(page, path);
      // The sheet closes on the way.
      await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(false);
    }
    // A form's sticky action bar stays above the bottom bar, not hidden behind it.
    await page.goto(`${baseUrl}/invoices/new`);
    await page.getByTestId('document-save').waitFor();
    const saveBottom = await page
      .getByTestId('document-save')
      .evaluate((element) => element.getBoundingClientRect().bottom);
    const barTop = await page
      .getByTestId('tab-more')
      .evaluate((element) => element.getBoundingClientRect().top);
    expect(saveBottom).toBeLessThanOrEqual(barTop);
    // Settings and the dashboard are in "More" too.
    await page.getByTestId('tab-more').tap();
    await page.getByTestId('more-settings-company').tap();
    await expectOn(page, '/settings/company');
    await page.getByTestId('tab-more').tap();
    await page.getByTestId('more-dashboard').tap();
    await expectOn(page, '/');
    await phone.close();
  });
});

describe('access', () => {
  it('shows only the reader’s modules, and "no access" on a page opened by URL without rights', async () => {
    // An employee with quotes only.
    const created = await apiPost(owner, baseUrl, '/team/users', {
      email: `quotes-${Date.now()}@example.be`,
      firstName: 'Luc',
      lastName: 'Peeters',
      role: 'employee',
      modules: ['quotes'],
    });
    const invitation = created.invitation as { url: string };
    const token = invitation.url.split('/invite/')[1] ?? '';
    const employee = await browser.newContext({
      locale: 'fr-BE',
      viewport: { width: 1366, height: 768 },
    });
    await employee.request.get(`${baseUrl}/api/v1/auth/csrf`);
    await apiPost(employee, baseUrl, `/invitations/${token}/accept`, {
      firstName: 'Luc',
      lastName: 'Peeters',
      password: PASSWORD,
    });
    const page = await employee.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('dashboard-title').waitFor();
    const shown = await page
      .locator('[data-testid^="nav-"]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid')));
    expect(
      shown.filter((id) => MODULES.some((path) => id === `nav${path.replaceAll('/', '-')}`)),
    ).toEqual(['nav-quotes', 'nav-customers', 'nav-products']);
    expect(shown).not.toContain('nav-settings-company');
    // No invoice figures on the dashboard either.
    expect(await page.getByTestId('figure-open').count()).toBe(0);

    for (const path of [
      '/invoices',
      '/payments',
      '/credit-notes',
      '/subscriptions',
      '/inbox',
      '/purchases',
      '/settings/company',
      '/settings/numbering',
      '/settings/reminders',
      '/settings/users',
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByTestId('no-access').waitFor();
      expect(await page.locator('main h1').textContent(), path).toBe('Accès refusé');
      // Neither an empty list nor a form to fill in.
      expect(await page.locator('main form, main table, main input').count(), path).toBe(0);
    }
    await page.goto(`${baseUrl}/quotes`);
    await expectOn(page, '/quotes');
    await employee.close();
  });

  it('Settings → Apps: an app switched off leaves the menu and its page says so; switched on, it is back', async () => {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      const page = await owner.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${baseUrl}/settings/apps`);
      await page.getByTestId('apps-title').waitFor();
      // Base apps have no switch; the optional ones do, all on for a new company.
      expect(await page.getByTestId('app-invoices').textContent()).toContain('Toujours active');
      expect(await page.getByTestId('app-switch-invoices').count()).toBe(0);
      const reminders = page.getByTestId('app-switch-reminders');
      expect(await reminders.isChecked()).toBe(true);

      await reminders.click({ force: true });
      await page
        .getByText('Rappels de paiement est désactivée. Ses données sont conservées.')
        .waitFor();
      expect(await reminders.isChecked()).toBe(false);
      if (viewport.width > 800) {
        await page.getByTestId('nav-settings-apps').waitFor();
        expect(await page.getByTestId('nav-settings-reminders').count()).toBe(0);
      }
      await page.goto(`${baseUrl}/settings/reminders`);
      await page.getByTestId('app-switched-off').waitFor();
      expect(await page.getByTestId('app-switched-off').textContent()).toBe(
        "Cette app est désactivée pour l'entreprise. Un propriétaire peut la réactiver dans Paramètres → Apps.",
      );

      await page.goto(`${baseUrl}/settings/apps`);
      await page.getByTestId('app-switch-reminders').click({ force: true });
      await page.getByText('Rappels de paiement est activée.').waitFor();
      await page.goto(`${baseUrl}/settings/reminders`);
      await expectOn(page, '/settings/reminders');
      await page.close();
    }
  });
});
