import type { BrowserContext } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { signUpThroughForm, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** The API as the logged-in page calls it: its cookies, and the CSRF cookie echoed in a header. */
async function apiPost(context: BrowserContext, path: string, data: unknown) {
  const csrf = (await context.cookies(baseUrl)).find((c) => c.name === 'facto_csrf')?.value ?? '';
  const response = await context.request.post(`${baseUrl}/api/v1${path}`, {
    data,
    headers: { 'x-csrf-token': csrf },
  });
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json() as Promise<Record<string, unknown>>;
}

it('a customer opens the link, passes the e-mail check, draws a signature and signs the quote', async () => {
  // The company: signs up, then creates a customer and a finalised quote, and its link.
  const owner = await browser.newContext({
    locale: 'fr-BE',
    viewport: { width: 1280, height: 900 },
  });
  const page = await owner.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Toitures Verhaegen',
    enterpriseNumber: '0403.170.701',
    firstName: 'Els',
    lastName: 'Verhaegen',
    email: `verhaegen-${Date.now()}@example.be`,
  });

  const customer = await apiPost(owner, '/customers', {
    kind: 'company',
    name: 'Boulangerie Lambert',
    email: 'paul@lambert.example.be',
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
  const quote = await apiPost(owner, '/quotes', {
    customerId: customer.id,
    issueDate: new Date().toISOString().slice(0, 10),
    lines: [
      {
        kind: 'item',
        description: 'Réfection de toiture',
        quantity: '1',
        unitPrice: '4800',
        vatRate: '6',
      },
    ],
  });
  await apiPost(owner, `/quotes/${String(quote.id)}/finalize`, {});
  const link = await apiPost(owner, `/quotes/${String(quote.id)}/link`, {});
  const token = String(link.url).split('/d/')[1] ?? '';
  expect(token).toMatch(/^[\w-]{43}$/);

  // The customer: another browser, not logged in, on a phone-sized screen.
  const visitor = await browser.newContext({
    locale: 'fr-BE',
    viewport: { width: 390, height: 844 },
    hasTouch: true,
  });
  const customerPage = await visitor.newPage();
  await customerPage.goto(`${baseUrl}/d/${token}`);
  await customerPage.getByTestId('gate-email').fill('someone@else.example');
  await customerPage.getByTestId('gate-submit').click();
  await expect.poll(() => customerPage.getByTestId('gate-error').textContent()).toMatch(/lien/i);
  await customerPage.getByTestId('gate-email').fill('Paul@Lambert.example.be');
  await customerPage.getByTestId('gate-submit').click();
  await expect
    .poll(() => customerPage.getByTestId('public-customer').textContent())
    .toBe('Boulangerie Lambert');
  await expect
    .poll(() => customerPage.getByTestId('public-company').textContent())
    .toBe('Toitures Verhaegen');
  await expect
    .poll(() => customerPage.getByTestId('public-status').getAttribute('data-status'))
    .toBe('finalized');
  expect(await customerPage.getByTestId('document-total-incl').textContent()).toMatch(
    /5[.\s\u202f]?088,00/,
  );

  // The page speaks the reader's language on request.
  await customerPage.getByTestId('public-lang-nl').click();
  await expect
    .poll(() => customerPage.getByTestId('sign-submit').textContent())
    .toBe('Offerte ondertekenen');
  await customerPage.getByTestId('public-lang-fr').click();

  // Signing without drawing is caught on the page.
  await customerPage.getByTestId('sign-name').fill('Paul Lambert');
  await customerPage.getByTestId('sign-submit').click();
  await expect
    .poll(() => customerPage.getByText('Dessinez d’abord votre signature.').count())
    .toBe(1);

  // A signature drawn with the mouse.
  const pad = customerPage.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('the signature pad is not visible');
  await customerPage.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await customerPage.mouse.down();
  for (let i = 1; i <= 20; i += 1) {
    await customerPage.mouse.move(
      box.x + box.width * (0.1 + 0.04 * i),
      box.y + box.height * (0.5 + 0.25 * Math.sin(i / 2)),
      { steps: 2 },
    );
  }
  await customerPage.mouse.up();
  await customerPage.getByTestId('sign-submit').click();
  await customerPage.getByTestId('confirm-action').click();
  await expect
    .poll(() => customerPage.getByTestId('public-status').getAttribute('data-status'))
    .toBe('accepted');
  await expect
    .poll(() => customerPage.getByTestId('public-signed').textContent())
    .toContain('Paul Lambert');
  expect(await customerPage.getByTestId('sign-panel').count()).toBe(0);

  // The company sees the notification in the bell, and the quote accepted.
  await page.goto(`${baseUrl}/quotes/${String(quote.id)}`);
  await expect
    .poll(() => page.getByTestId('document-status').getAttribute('data-status'))
    .toBe('accepted');
  await expect
    .poll(() => page.getByTestId('notification-bell').getAttribute('data-unread'))
    .toBe('1');
  // Signed online, the quote is locked: the customer's answer cannot be changed here.
  expect(await page.getByTestId('quote-refuse').count()).toBe(0);
  await page.getByTestId('notification-bell').click();
  await expect
    .poll(() => page.getByTestId('notification-0').getAttribute('data-type'))
    .toBe('quoteSigned');
  expect(await page.getByTestId('notification-0').textContent()).toContain('Boulangerie Lambert');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByTestId('share-signed').textContent()).toContain('Paul Lambert');

  await visitor.close();
  await owner.close();
});
