import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { RecommandFakeServer } from '../server/fakes/recommand-fake-server.js';
import { signUpThroughForm, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const shots = process.env.E2E_SCREENSHOTS;
const browser = useBrowser();

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

const ENTERPRISE_NUMBER = '0456789133';

/**
 * The OpenPEPPOL base example, addressed to the company that signs up: the server refuses a UBL
 * meant for someone else, and recognises its recipient by the buyer's endpoint or legal id.
 */
function invoiceForUs(): string {
  const source = path.resolve(
    process.cwd(),
    '../shared/fixtures/peppol/openpeppol_base-example.xml',
  );
  const xml = fs
    .readFileSync(source, 'utf8')
    .replace(
      '<cbc:EndpointID schemeID="0002">FR23342</cbc:EndpointID>',
      `<cbc:EndpointID schemeID="0208">${ENTERPRISE_NUMBER}</cbc:EndpointID>`,
    )
    .replace(
      '<cbc:CompanyID schemeID="0183">39937423947</cbc:CompanyID>',
      `<cbc:CompanyID schemeID="0208">${ENTERPRISE_NUMBER}</cbc:CompanyID>`,
    );
  expect(xml).toContain(`schemeID="0208">${ENTERPRISE_NUMBER}</cbc:EndpointID>`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'facto-ubl-')), 'invoice.xml');
  fs.writeFileSync(file, xml);
  return file;
}

/** Pages load lazily and the machine is shared: give each check some seconds, not one. */
const poll = <T>(
  check: () => Promise<T> | T,
  options: { timeout?: number; interval?: number } = {},
) => expect.poll(check, { timeout: 15_000, interval: 200, ...options });

const TOTAL = /1[.,\s\u202f]?656[.,]25/;

it('uploads a supplier’s UBL invoice, reads it, accepts it and marks the purchase paid', async () => {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await signUpThroughForm(page, baseUrl, {
    companyName: 'Toiture Mertens',
    enterpriseNumber: '0456.789.133',
    firstName: 'Anne',
    lastName: 'Mertens',
    email: `mertens-${Date.now()}@example.be`,
  });

  // The bell is there, with nothing new yet.
  await page.getByTestId('notification-bell').click();
  await poll(() => page.getByTestId('notification-popover').isVisible()).toBe(true);
  await page.keyboard.press('Escape');

  // The inbox starts empty; an uploaded UBL opens at once, read from its XML.
  await page.getByTestId('nav-inbox').click();
  await poll(() => page.getByTestId('inbox-empty').isVisible()).toBe(true);
  await page.getByTestId('inbox-upload-input').setInputFiles(invoiceForUs());
  await page.waitForURL(/\/inbox\/[0-9a-f-]{36}$/);
  await poll(() => page.getByTestId('inbox-document-number').textContent()).toBe('Snippet1');
  await poll(() => page.getByTestId('inbox-document-status').getAttribute('data-status')).toBe(
    'new',
  );
  await poll(() => page.getByTestId('inbox-total-payable').textContent()).toMatch(TOTAL);
  await poll(() => page.getByTestId('inbox-lines-row-1').isVisible()).toBe(true);
  await poll(() => page.getByTestId('inbox-payment-iban').textContent()).toContain('IBAN32423940');
  await shot(page, 'peppol-01-inbox-document');

  // It is listed, to be processed, and counted in the navigation.
  await page.getByTestId('nav-inbox').click();
  await poll(() => page.getByTestId('inbox-row-0').textContent()).toContain('Snippet1');
  await poll(() => page.getByTestId('nav-count-inbox').textContent()).toBe('1');
  await page.getByTestId('inbox-filter-accepted').click();
  await poll(() => page.getByTestId('inbox-empty').isVisible()).toBe(true);
  await page.getByTestId('inbox-filter-new').click();
  await page.getByTestId('inbox-row-0').click();
  await page.waitForURL(/\/inbox\/[0-9a-f-]{36}$/);

  // Accepted: it becomes a purchase invoice to pay.
  await page.getByTestId('inbox-accept').click();
  await page.waitForURL(/\/purchases\/[0-9a-f-]{36}$/);
  await poll(() => page.getByTestId('purchase-number').textContent()).toBe('Snippet1');
  await poll(() => page.getByTestId('purchase-status').getAttribute('data-status')).toBe('toPay');
  await poll(() => page.getByTestId('purchase-total-payable').textContent()).toMatch(TOTAL);

  // Paid today.
  await page.getByTestId('purchase-mark-paid').click();
  await page.getByTestId('purchase-paid-confirm').click();
  await poll(() => page.getByTestId('purchase-status').getAttribute('data-status')).toBe('paid');
  await poll(() => page.getByTestId('purchase-paid-at').isVisible()).toBe(true);
  await shot(page, 'peppol-02-purchase-paid');

  // The purchases list shows it paid; the inbox no longer counts it.
  await page.getByTestId('nav-purchases').click();
  await poll(() => page.getByTestId('purchases-row-0').textContent()).toContain('Snippet1');
  await page.getByTestId('purchases-filter-paid').click();
  await poll(() => page.getByTestId('purchases-row-0').textContent()).toContain('Snippet1');
  await poll(() => page.getByTestId('nav-count-inbox').count()).toBe(0);

  // The same file uploaded again is the document already there, not a second one.
  await page.getByTestId('nav-inbox').click();
  await page.getByTestId('inbox-upload-input').setInputFiles(invoiceForUs());
  await page.waitForURL(/\/inbox\/[0-9a-f-]{36}$/);
  await poll(() => page.getByTestId('inbox-document-status').getAttribute('data-status')).toBe(
    'accepted',
  );

  // PEPPOL settings: not connected yet, so not registered.
  await page.getByTestId('nav-settings-peppol').click();
  await poll(() => page.getByTestId('peppol-registration-status').getAttribute('data-status')).toBe(
    'unregistered',
  );
  await poll(() => page.getByTestId('peppol-participantId').inputValue()).toBe(
    `0208:${ENTERPRISE_NUMBER}`,
  );

  // On a phone, the received document still fits: its tables scroll inside their frame.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goBack();
  await page.waitForURL(/\/inbox\/[0-9a-f-]{36}$/);
  await poll(() => page.getByTestId('inbox-total-payable').textContent()).toMatch(TOTAL);
  // Polled: the navigation drawer slides away after the resize.
  await poll(() =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
  await shot(page, 'peppol-03-inbox-document-phone');
  await context.close();
});

/** The API as the logged-in page calls it (session cookie and CSRF token included). */
async function apiCall<T>(
  context: BrowserContext,
  page: Page,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  data?: unknown,
): Promise<T> {
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'facto_csrf')?.value;
  const response = await page.request.fetch(`${baseUrl}/api/v1${url}`, {
    method,
    data,
    headers: { 'X-CSRF-Token': decodeURIComponent(csrf ?? '') },
  });
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

it('connects an access point, sends an invoice via PEPPOL, and rings the bell when one fails', async () => {
  const SELF = '0891371602';
  const accessPoint = await RecommandFakeServer.start({
    apiKey: 'key_e2e',
    apiSecret: 'secret_e2e',
    deliverAfterMs: 500,
  });
  accessPoint.addCompany({ id: 'c_e2e', name: 'Sanitaire Wouters', enterpriseNumber: SELF });
  accessPoint.addParticipant('0208:0403170701', { name: 'Bouwbedrijf Peeters BV' });
  accessPoint.addParticipant('0208:0202023977', { name: 'Refus NV' });
  const context = await browser.newContext({
    locale: 'nl-BE',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  try {
    await signUpThroughForm(page, baseUrl, {
      companyName: 'Sanitaire Wouters',
      enterpriseNumber: SELF,
      firstName: 'Jan',
      lastName: 'Wouters',
      email: `wouters-${Date.now()}@example.be`,
    });

    // What every e-invoice needs from the company, then a customer and two finalised invoices.
    const organization = await apiCall<Record<string, unknown>>(
      context,
      page,
      'GET',
      '/organization',
    );
    await apiCall(context, page, 'PUT', '/organization', {
      ...organization,
      id: undefined,
      logoUrl: undefined,
      updatedAt: undefined,
      vatNumber: `BE${SELF}`,
      address: {
        street: 'Kerkstraat',
        number: '1',
        box: null,
        postalCode: '2000',
        city: 'Antwerpen',
        country: 'BE',
      },
      bankAccounts: [{ iban: 'BE68539007547034', bic: 'GKCCBEBB', label: null, isDefault: true }],
    });
    const invoiceFor = async (name: string, vatNumber: string) => {
      const customer = await apiCall<{ id: string }>(context, page, 'POST', '/customers', {
        kind: 'company',
        name,
        language: 'nl',
        vatNumber,
        address: {
          street: 'Markt',
          number: '5',
          box: null,
          postalCode: '9000',
          city: 'Gent',
          country: 'BE',
        },
      });
      const draft = await apiCall<{ id: string }>(context, page, 'POST', '/invoices', {
        customerId: customer.id,
        issueDate: new Date().toISOString().slice(0, 10),
        orderReference: 'PO-77',
        lines: [
          { kind: 'item', description: 'Werkuren', quantity: '4', unitPrice: '50', vatRate: '21' },
        ],
      });
      await apiCall(context, page, 'POST', `/invoices/${draft.id}/finalize`);
      return draft.id;
    };
    const delivered = await invoiceFor('Bouwbedrijf Peeters BV', 'BE0403170701');
    const refused = await invoiceFor('Refus NV', 'BE0202023977');

    // Without an access point, the invoice says where to connect one.
    await page.goto(`${baseUrl}/invoices/${delivered}`);
    await poll(() => page.getByTestId('peppol-not-configured').isVisible()).toBe(true);
    await page.getByTestId('peppol-settings-link').click();

    // Settings → PEPPOL: the access point's details, then registration.
    await page.getByTestId('peppol-baseUrl').fill(accessPoint.baseUrl);
    await page.getByTestId('peppol-apiKey').fill('key_e2e');
    await page.getByTestId('peppol-apiSecret').fill('secret_e2e');
    await page.getByTestId('peppol-companyId').fill('c_e2e');
    await poll(() => page.getByTestId('peppol-participantId').inputValue()).toBe(`0208:${SELF}`);
    await page.getByTestId('peppol-save').click();
    await poll(() => page.getByTestId('peppol-disconnect').isVisible()).toBe(true);
    await poll(() => page.getByTestId('peppol-apiSecret').getAttribute('placeholder')).toBe(
      'Bewaard',
    );
    await page.getByTestId('peppol-register').click();
    await poll(() =>
      page.getByTestId('peppol-registration-status').getAttribute('data-status'),
    ).toMatch(/registered|pending/);
    await shot(page, 'peppol-04-settings');

    // The customer can receive, nothing is left to fix: send, and follow it onto the network.
    await page.goto(`${baseUrl}/invoices/${delivered}`);
    await poll(() => page.getByTestId('peppol-recipient').getAttribute('data-reachable')).toBe(
      'true',
    );
    await poll(() => page.getByTestId('peppol-ready').isVisible()).toBe(true);
    await page.getByTestId('peppol-send').click();
    await page.getByTestId('confirm-action').click();
    await poll(() => page.getByTestId('peppol-transmission-status').getAttribute('data-status'), {
      timeout: 60_000,
      interval: 1000,
    }).toMatch(/^(sent|delivered)$/);
    await poll(() => page.getByTestId('peppol-send').count()).toBe(0);
    await poll(() => page.getByTestId('document-status').getAttribute('data-status')).toBe('sent');
    await shot(page, 'peppol-05-delivered');

    // The access point refuses the other one: the bell rings and leads to the invoice.
    accessPoint.rejectNext(
      { document: ['Receiver refused the document'] },
      { status: 400, match: { method: 'POST', path: /\/send$/ } },
    );
    await page.goto(`${baseUrl}/invoices/${refused}`);
    await page.getByTestId('peppol-send').click();
    await page.getByTestId('confirm-action').click();
    await poll(() => page.getByTestId('peppol-transmission-status').getAttribute('data-status'), {
      timeout: 60_000,
      interval: 1000,
    }).toBe('failed');
    await poll(() => page.getByTestId('peppol-transmission-error').isVisible()).toBe(true);
    await page.getByTestId('nav-dashboard').click();
    // The failure and its notification are written together: one reload shows it.
    await page.reload();
    await poll(() => page.getByTestId('notification-bell').getAttribute('data-unread')).toBe('1');
    await page.getByTestId('notification-bell').click();
    await poll(() => page.getByTestId('notification-0').getAttribute('data-type')).toBe(
      'peppolSendFailed',
    );
    await shot(page, 'peppol-06-bell');
    await page.getByTestId('notification-0').click();
    await page.waitForURL(`**/invoices/${refused}`);
    await poll(() => page.getByTestId('notification-bell').getAttribute('data-unread')).toBe('0');
  } finally {
    await context.close();
    await accessPoint.close();
  }
});
