import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { signUpThroughForm, useBrowser } from './browser.js';

const baseUrl = inject('baseUrl');
const shots = process.env.E2E_SCREENSHOTS;
const PASSWORD = 'a long enough password';
const browser = useBrowser();

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: path.join(shots, `team-${name}.png`), fullPage: true });
}

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  return { context, page: await context.newPage() };
}

/** A new company and its owner, on the dashboard. */
async function signUpCompany(page: Page, companyName: string, enterpriseNumber: string) {
  const email = `owner-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.be`;
  await signUpThroughForm(page, baseUrl, {
    companyName,
    enterpriseNumber,
    firstName: 'Marie',
    lastName: 'Dupont',
    email,
    password: PASSWORD,
  });
  return email;
}

/** The status code the API gives this browser session (its cookies) for a GET. */
function apiStatus(page: Page, url: string): Promise<number> {
  return page.evaluate(async (target) => (await fetch(target)).status, url);
}

it('owner invites an employee without invoices, who sets a password, logs in and sees no invoices', async () => {
  const owner = await newPage();
  await signUpCompany(owner.page, 'Chauffage Lambert', '0403.170.701');

  // Company settings → Users → Create user: an employee with quotes, without invoices.
  await owner.page.getByTestId('nav-settings-users').click();
  await owner.page.waitForURL('**/settings/users');
  // The owner's own entry is read-only, with a pointer to personal settings.
  await expect.poll(() => owner.page.getByTestId('member-self-link').count()).toBe(1);
  await owner.page.getByTestId('team-create').click();
  const employeeEmail = `employee-${Date.now()}@example.be`;
  await owner.page.getByTestId('team-email').fill(employeeEmail);
  await owner.page.getByTestId('team-firstName').fill('Luc');
  await owner.page.getByTestId('team-lastName').fill('Peeters');
  await owner.page.getByTestId('module-quotes').check();
  expect(await owner.page.getByTestId('module-invoices').isChecked()).toBe(false);
  await shot(owner.page, '01-create-user');
  await owner.page.getByTestId('team-create-submit').click();

  // No e-mail transport here: the owner copies the link from the screen.
  const urlInput = owner.page.getByTestId('invitation-url');
  await urlInput.waitFor();
  const link = await urlInput.inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{43}$/);
  await shot(owner.page, '02-invitation-link');
  await owner.page.getByTestId('invitation-done').click();
  await expect
    .poll(() => owner.page.getByTestId(`member-status-${employeeEmail}`).textContent())
    .toBe('Invited');

  // The employee opens the link, chooses a password, and is logged in.
  const employee = await newPage();
  await employee.page.goto(link);
  await employee.page.getByTestId('invite-password').fill(PASSWORD);
  await employee.page.getByTestId('password-strength').waitFor({ timeout: 15_000 });
  await shot(employee.page, '03-invitation-form');
  await employee.page.getByTestId('invite-submit').click();
  await expect
    .poll(() => employee.page.getByTestId('dashboard-title').textContent())
    .toContain('Chauffage Lambert');

  // Logs out, and in again with the new password.
  await employee.page.getByTestId('user-menu').click();
  await employee.page.getByTestId('menu-logout').click();
  await employee.page.waitForURL('**/login');
  await employee.page.getByTestId('login-email').fill(employeeEmail);
  await employee.page.getByTestId('login-password').fill(PASSWORD);
  await employee.page.getByTestId('login-submit').click();
  await employee.page.getByTestId('dashboard-title').waitFor();

  // Quotes yes, invoices no: no menu entry, and the API refuses.
  await expect.poll(() => employee.page.getByTestId('nav-quotes').count()).toBe(1);
  expect(await employee.page.getByTestId('nav-invoices').count()).toBe(0);
  expect(await employee.page.getByTestId('nav-settings-users').count()).toBe(0);
  expect(await apiStatus(employee.page, '/api/v1/invoices')).toBe(403);
  expect(await apiStatus(employee.page, '/api/v1/quotes')).toBe(200);
  await shot(employee.page, '04-employee-dashboard');

  // The owner's list shows the employee as active now.
  await owner.page.reload();
  await expect
    .poll(() => owner.page.getByTestId(`member-status-${employeeEmail}`).textContent())
    .toBe('Active');

  // GDPR tab: every user with password strength and two-factor status; support access off.
  await owner.page.getByTestId('nav-settings-gdpr').click();
  await owner.page.waitForURL('**/settings/gdpr');
  await owner.page.getByTestId(`gdpr-user-${employeeEmail}`).waitFor();
  expect(await owner.page.getByTestId(`gdpr-2fa-${employeeEmail}`).textContent()).toBe('Off');
  const support = owner.page.getByTestId('gdpr-support-access');
  expect(await support.isChecked()).toBe(false);
  await support.click();
  await expect.poll(() => support.isChecked()).toBe(true);
  await shot(owner.page, '05-gdpr');

  // Audit log: the invitation, its acceptance and the support switch, filterable by kind.
  await owner.page.getByTestId('nav-settings-audit-log').click();
  await owner.page.waitForURL('**/settings/audit-log');
  await owner.page.locator('[data-action="team.invitationAccepted"]').waitFor();
  await owner.page.getByTestId('audit-filter-group').click();
  await owner.page.getByRole('option', { name: 'Accountant and support access' }).click();
  await expect
    .poll(() =>
      owner.page
        .getByTestId('audit-row')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action'))),
    )
    .toEqual(['support.accessEnabled']);
  await shot(owner.page, '06-audit-log');

  await owner.context.close();
  await employee.context.close();
});

it('an accountant signs up without a company, is linked by two companies and switches between them', async () => {
  // The accountant's free account: the sign-up page's variant without a company.
  const accountant = await newPage();
  const accountantEmail = `accountant-${Date.now()}@example.be`;
  await accountant.page.goto(`${baseUrl}/signup`);
  await accountant.page.getByTestId('signup-accountant-link').click();
  await accountant.page.waitForURL('**/signup/accountant');
  await accountant.page.getByTestId('accountant-firstName').fill('Anne');
  await accountant.page.getByTestId('accountant-lastName').fill('Claes');
  await accountant.page.getByTestId('accountant-signup-email').fill(accountantEmail);
  await accountant.page.getByTestId('accountant-password').fill(PASSWORD);
  await accountant.page.getByTestId('password-strength').waitFor({ timeout: 15_000 });
  await accountant.page.getByTestId('accountant-submit').click();
  await accountant.page.waitForURL('**/account');
  await accountant.page.getByTestId('account-no-companies').waitFor();
  await shot(accountant.page, '07-accountant-home-empty');

  // Two companies add the accountant as an external user.
  const companies = [
    { name: 'Boulangerie Martin', number: '0202.023.977' },
    { name: 'Garage Wouters', number: '0566.988.259' },
  ];
  for (const company of companies) {
    const owner = await newPage();
    await signUpCompany(owner.page, company.name, company.number);
    await owner.page.getByTestId('nav-settings-users').click();
    await owner.page.waitForURL('**/settings/users');
    // An address without an accountant account is refused and adds nothing.
    await owner.page.getByTestId('team-add-external').click();
    await owner.page.getByTestId('accountant-email').fill(`nobody-${Date.now()}@example.be`);
    await owner.page.getByTestId('accountant-add-submit').click();
    await expect
      .poll(() => owner.page.getByText('No accountant account uses this email address').count())
      .toBeGreaterThan(0);
    await owner.page.getByTestId('accountant-email').fill(accountantEmail);
    await owner.page.getByTestId('accountant-add-submit').click();
    await owner.page.getByTestId(`member-${accountantEmail}`).waitFor();
    await shot(owner.page, `08-accountant-added-${company.number}`);
    await owner.context.close();
  }

  // The accountant's home lists both companies; opening one works in it.
  await accountant.page.reload();
  for (const company of companies)
    await accountant.page.getByTestId(`account-company-${company.name}`).waitFor();
  await shot(accountant.page, '09-accountant-home');
  await accountant.page.getByTestId(`account-open-${companies[0]?.name}`).click();
  await expect
    .poll(() => accountant.page.getByTestId('dashboard-title').textContent())
    .toContain(companies[0]?.name);
  // Full access: the invoices are there.
  expect(await accountant.page.getByTestId('nav-invoices').count()).toBe(1);

  // Back to the home, and into the other company.
  await accountant.page.getByTestId('user-menu').click();
  await accountant.page.getByTestId('menu-account-home').click();
  await accountant.page.waitForURL('**/account');
  await accountant.page.getByTestId(`account-open-${companies[1]?.name}`).click();
  await expect
    .poll(() => accountant.page.getByTestId('dashboard-title').textContent())
    .toContain(companies[1]?.name);
  await accountant.context.close();
});
