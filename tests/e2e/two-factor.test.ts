import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { fillSignup, useBrowser } from './browser.js';

const run = promisify(execFile);
const baseUrl = inject('baseUrl');
const shots = process.env.E2E_SCREENSHOTS;
const browser = useBrowser();

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

/**
 * What an authenticator app shows, computed by oathtool (an independent implementation). The
 * code of the next 30-second step is accepted too (clocks drift), and it is never the one just
 * used: a code is accepted once only.
 */
async function appCode(secret: string, offsetSeconds = 0): Promise<string> {
  const seconds = Math.floor(Date.now() / 1000) + offsetSeconds;
  const { stdout } = await run('oathtool', ['--totp', '-b', `--now=@${seconds}`, secret]);
  return stdout.trim();
}

it('activates two-factor login in personal settings, then logs in with a code from the app', async () => {
  const context = await browser.newContext({
    locale: 'en-BE',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const email = `e2e-2fa-${Date.now()}@example.be`;
  const password = 'a long enough password';

  await page.goto(`${baseUrl}/signup`);
  await fillSignup(page, {
    companyName: 'Chauffage Peeters',
    enterpriseNumber: '0202.023.977',
    firstName: 'Lies',
    lastName: 'Peeters',
    email,
    password,
  });
  await page.getByTestId('signup-submit').click();
  // The first password a server process rates loads its dictionaries (about half a second).
  await expect.poll(() => page.getByTestId('dashboard-title').count(), { timeout: 10_000 }).toBe(1);

  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-personal').click();
  await page.waitForURL('**/settings/personal');

  // The email is shown read-only, with how to use another address.
  expect(await page.getByTestId('personal-email').getAttribute('readonly')).not.toBeNull();

  // The strength meter loads its dictionaries on demand and rates as the user types.
  await page.getByTestId('password-new').fill('password1234');
  await expect
    .poll(() => page.getByTestId('password-strength').getAttribute('data-score'))
    .toMatch(/^[012]$/);
  await page.getByTestId('password-new').fill('violet kettle under the stairs');
  await expect
    .poll(() => page.getByTestId('password-strength').getAttribute('data-score'))
    .toMatch(/^[34]$/);
  await page.getByTestId('password-new').fill('');

  // Activate: QR code and secret; confirm with a code from the app.
  await page.getByTestId('two-factor-activate').click();
  await expect.poll(() => page.getByTestId('two-factor-qr').count()).toBe(1);
  const secret = ((await page.getByTestId('two-factor-secret').textContent()) ?? '').replace(
    /\s/g,
    '',
  );
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await shot(page, '2fa-01-setup');
  await page.getByTestId('two-factor-code').fill('12345');
  await page.getByTestId('two-factor-confirm').click();
  await expect.poll(() => page.getByText('Enter the 6-digit code').count()).toBeGreaterThan(0);
  await page.getByTestId('two-factor-code').fill(await appCode(secret));
  await page.getByTestId('two-factor-confirm').click();

  // Ten recovery codes, shown once.
  await expect.poll(() => page.getByTestId('recovery-code').count()).toBe(10);
  const recovery = await page.getByTestId('recovery-code').allTextContents();
  expect(recovery.every((code) => /^([a-z2-9]{4}-){3}[a-z2-9]{4}$/.test(code))).toBe(true);
  await shot(page, '2fa-02-recovery-codes');
  await page.getByTestId('recovery-done').click();
  await expect.poll(() => page.getByTestId('two-factor-status').count()).toBe(1);
  expect(await page.getByTestId('recovery-codes-left').textContent()).toContain('10');

  // The sessions list shows this browser as the current session.
  await expect.poll(() => page.getByTestId('session-current').count()).toBe(1);
  expect(await page.getByTestId('session-row').count()).toBe(1);
  await shot(page, '2fa-03-enabled');

  // Log out, log in: the password, then the code.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-logout').click();
  await page.waitForURL('**/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('login-two-factor-code').count()).toBe(1);
  expect(await page.getByTestId('login-two-factor-code').getAttribute('autocomplete')).toBe(
    'one-time-code',
  );
  expect((await page.request.get(`${baseUrl}/api/v1/me`)).status()).toBe(401);
  await shot(page, '2fa-04-login-code');

  // A wrong code is refused on the page; the app's next code opens the session.
  const next = await appCode(secret, 30);
  await page.getByTestId('login-two-factor-code').fill(next === '000000' ? '111111' : '000000');
  await page.getByTestId('login-two-factor-submit').click();
  await expect.poll(() => page.getByTestId('login-two-factor-error').count()).toBe(1);
  await page.getByTestId('login-two-factor-code').fill(next);
  await page.getByTestId('login-two-factor-submit').click();
  await expect
    .poll(() => page.getByTestId('dashboard-title').textContent())
    .toContain('Chauffage Peeters');
  expect((await page.request.get(`${baseUrl}/api/v1/me`)).status()).toBe(200);
  await context.close();
});

it('logs in with a recovery code when the phone is not at hand', async () => {
  const context = await browser.newContext({
    locale: 'fr-BE',
    viewport: { width: 390, height: 800 },
  });
  const page = await context.newPage();
  const email = `e2e-2fa-recovery-${Date.now()}@example.be`;
  const password = 'a long enough password';
  await page.goto(`${baseUrl}/signup`);
  await fillSignup(page, {
    companyName: 'Toitures Lambert',
    enterpriseNumber: '0566.988.259',
    firstName: 'Paul',
    lastName: 'Lambert',
    email,
    password,
  });
  await page.getByTestId('signup-submit').click();
  // The first password a server process rates loads its dictionaries (about half a second).
  await expect.poll(() => page.getByTestId('dashboard-title').count(), { timeout: 10_000 }).toBe(1);

  // Through the API of the logged-in page: set-up and confirmation.
  const csrf = async () =>
    (await context.cookies()).find((cookie) => cookie.name === 'facto_csrf')?.value ?? '';
  const setup = await page.request.post(`${baseUrl}/api/v1/me/two-factor/setup`, {
    headers: { 'x-csrf-token': await csrf() },
  });
  const { secret } = (await setup.json()) as { secret: string };
  const enabled = await page.request.post(`${baseUrl}/api/v1/me/two-factor/enable`, {
    headers: { 'x-csrf-token': await csrf() },
    data: { code: await appCode(secret) },
  });
  const { recoveryCodes } = (await enabled.json()) as { recoveryCodes: string[] };
  await page.request.post(`${baseUrl}/api/v1/auth/logout`, {
    headers: { 'x-csrf-token': await csrf() },
  });

  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('login-use-recovery').click();
  await page.getByTestId('login-two-factor-code').fill(recoveryCodes[0] ?? '');
  await page.getByTestId('login-two-factor-submit').click();
  await expect
    .poll(() => page.getByTestId('dashboard-title').textContent())
    .toContain('Toitures Lambert');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await context.close();
});

it('sends a user without two-factor login to its set-up when the company requires it', async () => {
  const context = await browser.newContext({
    locale: 'nl-BE',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const email = `e2e-2fa-required-${Date.now()}@example.be`;
  const password = 'a long enough password';
  await page.goto(`${baseUrl}/signup`);
  await fillSignup(page, {
    companyName: 'Sanitair Claes',
    enterpriseNumber: '0403.170.701',
    firstName: 'Tom',
    lastName: 'Claes',
    email,
    password,
  });
  await page.getByTestId('signup-submit').click();
  await expect.poll(() => page.getByTestId('dashboard-title').count(), { timeout: 10_000 }).toBe(1);
  const csrf = async () =>
    (await context.cookies()).find((cookie) => cookie.name === 'facto_csrf')?.value ?? '';
  const post = async (url: string, data?: unknown) =>
    page.request.post(`${baseUrl}/api/v1${url}`, {
      headers: { 'x-csrf-token': await csrf() },
      ...(data === undefined ? {} : { data }),
    });

  // The owner turns it on for themselves, then requires it in Company settings.
  const { secret } = (await (await post('/me/two-factor/setup')).json()) as { secret: string };
  await post('/me/two-factor/enable', { code: await appCode(secret) });
  await page.goto(`${baseUrl}/settings/company`);
  await page.getByTestId('organization-require-two-factor').click();
  await expect
    .poll(async () => (await page.request.get(`${baseUrl}/api/v1/organization/security`)).json())
    .toEqual({ requireTwoFactor: true });

  // Without two-factor login (turned off here, as for a newly added user), only the set-up opens.
  expect(
    (await post('/me/two-factor/disable', { password, code: await appCode(secret, 30) })).status(),
  ).toBe(204);
  await page.goto(`${baseUrl}/customers`);
  await page.waitForURL('**/two-factor-setup');
  expect((await page.request.get(`${baseUrl}/api/v1/customers`)).status()).toBe(403);
  await shot(page, '2fa-05-forced');
  await page.getByTestId('two-factor-activate').click();
  const fresh = ((await page.getByTestId('two-factor-secret').textContent()) ?? '').replace(
    /\s/g,
    '',
  );
  await page.getByTestId('two-factor-code').fill(await appCode(fresh));
  await page.getByTestId('two-factor-confirm').click();
  await expect.poll(() => page.getByTestId('recovery-code').count()).toBe(10);
  await page.getByTestId('recovery-done').click();
  await expect.poll(() => page.getByTestId('dashboard-title').count()).toBe(1);
  expect((await page.request.get(`${baseUrl}/api/v1/customers`)).status()).toBe(200);
  await context.close();
});
