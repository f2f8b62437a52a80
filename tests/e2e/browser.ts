import { chromium, type Browser, type Page } from 'playwright-core';

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
