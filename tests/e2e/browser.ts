import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium, headless, with the flags this network-less machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface SignupFields {
  companyName: string;
  enterpriseNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  password?: string;
}

/** Fills and submits the sign-up form the way a person does (the page must be on /signup). */
export async function fillSignup(page: Page, fields: SignupFields): Promise<void> {
  await page.getByTestId('signup-companyName').fill(fields.companyName);
  await page.getByTestId('signup-enterpriseNumber').fill(fields.enterpriseNumber);
  await page.getByTestId('signup-firstName').fill(fields.firstName);
  await page.getByTestId('signup-lastName').fill(fields.lastName);
  await page.getByTestId('signup-email').fill(fields.email);
  await page.getByTestId('signup-password').fill(fields.password ?? 'a long enough password');
  // The strength meter rates the password once its dictionaries are loaded, as a person sees.
  await page.getByTestId('password-strength').waitFor({ timeout: 15_000 });
}

/**
 * One browser for the test file: launched before its tests, closed after them. The contexts it
 * opens are the tests' own.
 */
export function useBrowser(): Pick<Browser, 'newContext'> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newContext: (options): Promise<BrowserContext> => {
      if (!browser) throw new Error('the browser is launched before the tests');
      return browser.newContext(options);
    },
  };
}

/** Signs a new company up through the form, as a person does, and waits for its dashboard. */
export async function signUpThroughForm(
  page: Page,
  baseUrl: string,
  fields: SignupFields,
): Promise<void> {
  await page.goto(`${baseUrl}/signup`);
  await fillSignup(page, fields);
  await page.getByTestId('signup-submit').click();
  // A locator's wait, not expect.poll: this also runs in a file's beforeAll. The server rates the
  // password first (its dictionaries load once) and the machine may be loaded: up to 30 s.
  await page
    .getByTestId('dashboard-title')
    .filter({ hasText: fields.companyName })
    .waitFor({ timeout: 30_000 });
}
