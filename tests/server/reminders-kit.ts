import { sql } from 'kysely';
import type {
  Customer,
  Document,
  DocumentReminders,
  PaymentAccount,
  ReminderSettings,
  ReminderSettingsRequest,
} from '../../src/contract/index.js';
import { companyInput } from './pdf-fixtures.js';
import { ok, signedUpClient, type Client, type TestApp } from './test-app.js';

export { ok };

/** Reminder tests: companies with reminders on, customers, invoices, and a clock to move. */

/** The UTC instant of a wall-clock time in Belgium (summer and winter time handled by Intl). */
export function brussels(date: string, time = '07:00'): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const guess = Date.UTC(year, month - 1, day, hours, minutes);
  const offsetAt = (instant: number) => {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Brussels',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date(instant));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return (
      Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - instant
    );
  };
  const first = guess - offsetAt(guess);
  return new Date(guess - offsetAt(first));
}

/** Moves the test clock to an instant (it keeps ticking from there). */
export function travel(t: TestApp, to: Date): void {
  t.clock.advance(to.getTime() - t.clock.now().getTime());
}

/**
 * Back to the real present before API calls: sessions and their cookies live in real time, so a
 * client made now would look expired to a clock moved a year ahead.
 */
export function present(t: TestApp): void {
  travel(t, new Date());
}

/** What pg-boss's cron does at the run time: one `reminders.run` job, run here and now. */
export async function runDailyJob(t: TestApp): Promise<void> {
  await t.database.db.transaction().execute((trx) => t.jobs.enqueue(trx, 'reminders.run', {}));
  await t.jobs.drain('reminders.run');
}

export async function settingsOf(client: Client): Promise<ReminderSettings> {
  return ok(client.get('/api/v1/reminder-settings'));
}

/** The settings as a request, changed by `change`. */
export async function saveSettings(
  client: Client,
  change: (request: ReminderSettingsRequest) => ReminderSettingsRequest = (r) => r,
) {
  const current = await settingsOf(client);
  const request: ReminderSettingsRequest = {
    enabled: current.enabled,
    quoteDaysBefore: current.quoteDaysBefore,
    quoteTexts: current.quoteTexts,
    steps: current.steps,
    rates: current.rates.map((rate) => ({ ...rate, semester: rate.semester === 1 ? 1 : 2 })),
  };
  return client.put('/api/v1/reminder-settings', change(request));
}

/** A company with its details, a default bank account and automatic reminders switched on. */
export async function company(t: TestApp, name = 'Électricité Dupont') {
  present(t);
  const signed = await signedUpClient(t.app, { companyName: name });
  await ok(signed.client.put('/api/v1/organization', companyInput({ legalName: name })));
  await ok(saveSettings(signed.client, (request) => ({ ...request, enabled: true })));
  return signed;
}

/** A business (VAT number) or a consumer (neither VAT nor enterprise number). */
export async function customer(
  client: Client,
  kind: 'b2b' | 'b2c',
  overrides: Record<string, unknown> = {},
): Promise<Customer> {
  return ok(
    client.post('/api/v1/customers', {
      kind: kind === 'b2b' ? 'company' : 'person',
      name: kind === 'b2b' ? 'Bouwbedrijf Peeters BV' : 'Jean Dubois',
      address: {
        street: 'Kerkstraat',
        number: '5',
        box: null,
        postalCode: '9000',
        city: 'Gent',
        country: 'BE',
      },
      ...(kind === 'b2b' && { vatNumber: 'BE0403170701' }),
      email: kind === 'b2b' ? 'boekhouding@peeters.be' : 'jean.dubois@example.be',
      language: kind === 'b2b' ? 'nl' : 'fr',
      paymentTermDays: 30,
      ...overrides,
    }),
    201,
  );
}

/** A finalised invoice of `amount` excl. VAT at 0 % VAT (so the total is the amount). */
export async function invoice(
  client: Client,
  customerId: string,
  issueDate: string,
  amount = '1000',
  extra: Record<string, unknown> = {},
): Promise<Document> {
  const draft = await ok<Document>(
    client.post('/api/v1/invoices', {
      customerId,
      issueDate,
      vatRegime: 'export',
      lines: [
        { kind: 'item', description: 'Travaux', quantity: '1', unitPrice: amount, vatRate: '0' },
      ],
      ...extra,
    }),
    201,
  );
  return ok(client.post(`/api/v1/invoices/${draft.id}/finalize`));
}

export async function remindersOf(client: Client, invoiceId: string): Promise<DocumentReminders> {
  return ok(client.get(`/api/v1/invoices/${invoiceId}/reminders`));
}

export async function payInFull(client: Client, invoiceId: string, date: string) {
  const accounts = await ok<PaymentAccount[]>(client.get('/api/v1/payment-accounts'));
  const cash = accounts.find((account) => account.kind === 'cash');
  const current = await ok<Document>(client.get(`/api/v1/invoices/${invoiceId}`));
  return ok<Document>(
    client.post(`/api/v1/invoices/${invoiceId}/payments`, {
      date,
      amount: current.openBalance,
      paymentAccountId: cash?.id,
    }),
  );
}

/** Every reminder row of one document, straight from the table (no tenant filter: test only). */
export async function reminderRows(t: TestApp, documentId: string) {
  const { rows } = await sql<{ reminder_date: string; step_name: string; sequence: number }>`
    select reminder_date::text as reminder_date, step_name, sequence from reminders
    where document_id = ${documentId} order by sequence`.execute(t.database.db);
  return rows;
}
