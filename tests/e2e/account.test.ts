import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { fillSignup, signUpThroughForm, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const shots = process.env.E2E_SCREENSHOTS;
const browser = useBrowser();

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

/** A small PNG logo written to disk, as a user would pick it in the file dialog. */
function logoFile(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'facto-logo-')), 'logo.png');
  fs.writeFileSync(
    file,
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
  return file;
}

it('signs up, switches to Dutch, fills in the company with a logo, logs out and in again', async () => {
  const context = await browser.newContext({
    locale: 'fr-BE',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const email = `e2e-${Date.now()}@example.be`;
  const password = 'a long enough password';

  // Sign up: the first step of any invoicing tool.
  await page.goto(`${baseUrl}/`);
  await page.waitForURL('**/login');
  await page.getByTestId('login-signup-link').click();
  await page.waitForURL('**/signup');
  await fillSignup(page, {
    companyName: 'Électricité Dupont',
    enterpriseNumber: '0566.988.259',
    firstName: 'Marie',
    lastName: 'Dupont',
    email: email,
    password: password,
  });
  await shot(page, '01-signup');
  await page.getByTestId('signup-submit').click();

  // The dashboard greets the new company, in French (the browser's language).
  await expect
    .poll(() => page.getByTestId('dashboard-title').textContent())
    .toContain('Électricité Dupont');
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  await shot(page, '02-dashboard-fr');

  // Switch the interface to Dutch from the user menu: the page speaks Dutch at once.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('lang-nl').click();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
  await expect.poll(() => page.getByTestId('dashboard-title').textContent()).toMatch(/Welkom/);

  // Company information, with a bank account and a logo.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-company').click();
  await page.waitForURL('**/settings/company');
  await page.getByTestId('company-street').fill('Rue du Marché');
  await page.getByTestId('company-number').fill('12');
  await page.getByTestId('company-postalCode').fill('5000');
  await page.getByTestId('company-city').fill('Namur');
  await page.getByTestId('company-registerCourt').fill('Liège, division Namur');
  const addAccount = page.getByTestId('company-add-bank-account');
  if ((await page.getByTestId('company-iban-0').count()) === 0) await addAccount.click();
  await page.getByTestId('company-iban-0').fill('BE68 5390 0754 7035');
  await page.getByTestId('company-save').click();
  // A wrong IBAN is refused with a Dutch message on the field, and nothing is saved.
  await expect.poll(() => page.getByText('Dit IBAN is niet geldig').count()).toBeGreaterThan(0);
  await page.getByTestId('company-iban-0').fill('BE68 5390 0754 7034');
  await page.getByTestId('company-bic-0').fill('TRIOBEBB');
  await page.getByTestId('company-save').click();
  await expect
    .poll(async () => (await page.request.get(`${baseUrl}/api/v1/organization`)).json())
    .toMatchObject({
      address: { street: 'Rue du Marché', city: 'Namur', postalCode: '5000' },
      bankAccounts: [{ iban: 'BE68539007547034', bic: 'TRIOBEBB', isDefault: true }],
    });

  await page.getByTestId('company-logo-input').setInputFiles(logoFile());
  await expect.poll(() => page.getByTestId('company-logo-preview').count()).toBe(1);
  const logoUrl = await page.getByTestId('company-logo-preview').getAttribute('src');
  expect(logoUrl).toMatch(/\/api\/v1\/organization\/logo\?v=/);
  const logo = await page.request.get(`${baseUrl}${logoUrl}`);
  expect(logo.headers()['content-type']).toBe('image/png');
  await shot(page, '03-company-nl');

  // Log out, then log in again: the language choice was saved with the user.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-logout').click();
  await page.waitForURL('**/login');
  expect((await page.request.get(`${baseUrl}/api/v1/me`)).status()).toBe(401);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('wrong password here');
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('login-error').count()).toBe(1);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect
    .poll(() => page.getByTestId('dashboard-title').textContent())
    .toMatch(/Welkom.*Électricité Dupont/);
  expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  await shot(page, '04-dashboard-nl');
  await context.close();
});

it('works on a phone-sized screen', async () => {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Plomberie Janssens',
    enterpriseNumber: '0403.170.701',
    firstName: 'Jan',
    lastName: 'Janssens',
    email: `phone-${Date.now()}@example.be`,
  });
  // Nothing wider than the screen: no horizontal scrolling on a phone.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await shot(page, '05-phone');
  await context.close();
});
