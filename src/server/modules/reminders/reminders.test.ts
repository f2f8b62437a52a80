import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type {
  Customer,
  Document,
  DocumentReminders,
  EmailMessage,
  Reminder,
  ReminderSettings,
} from '../../../contract/index.js';
import { epcQrPayload } from '../../../core/payments/index.js';
import { pdfText, qrOnFirstPage } from '../../../../tests/server/pdf-tools.js';
import {
  brussels,
  company,
  customer,
  invoice,
  ok,
  present,
  remindersOf,
  runDailyJob,
  saveSettings,
  settingsOf,
  travel,
} from '../../../../tests/server/reminders-kit.js';
import { signedUpClient, useTestApp, type Client } from '../../../../tests/server/test-app.js';

const t = useTestApp();

/** "Send a reminder now" with the clock on a given Belgian day. */
async function sendNow(client: Client, invoiceId: string, day: string, body: object = {}) {
  travel(t, brussels(day, '10:00'));
  try {
    return await client.post(`/api/v1/invoices/${invoiceId}/reminders`, body);
  } finally {
    present(t);
  }
}

/** A copy of a step as a new one (no id: the server gives it one). */
function withoutId<T extends { id: string }>(step: T): Omit<T, 'id'> {
  const copy: Partial<T> = { ...step };
  delete copy.id;
  return copy as Omit<T, 'id'>;
}

async function pdfOf(client: Client, reminder: Reminder): Promise<Buffer> {
  const response = await client.get(reminder.pdfUrl ?? '');
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  return response.rawPayload;
}

describe('settings', () => {
  it('gives every new company a sequence in its language, the legal rates, and sending off', async () => {
    const { client } = await signedUpClient(t.app, { language: 'nl' });
    const settings = await settingsOf(client);
    expect(settings.enabled).toBe(false);
    expect(settings.runsAt).toBe('07:00');
    expect(settings.quoteDaysBefore).toBeNull();
    expect(
      settings.steps.map((s) => [s.name, s.daysAfterDue, s.paymentTermDays, s.addInterest]),
    ).toEqual([
      ['Eerste herinnering', 7, 14, false],
      ['Tweede herinnering', 30, 10, true],
      ['Ingebrekestelling', 60, 8, true],
    ]);
    expect(settings.steps[0]?.texts.fr.subject).toBe('Rappel : facture %document_number%');
    expect(settings.rates).toContainEqual({ year: 2025, semester: 1, ratePercent: '11.5' });
    expect(settings.rates).toContainEqual({ year: 2026, semester: 1, ratePercent: '10.5' });
  });

  it('edits, reorders and removes steps, keeping their ids; refuses what would not work', async () => {
    const { client } = await company(t);
    const before = await settingsOf(client);
    const [first, second, third] = before.steps;
    if (!first || !second || !third) throw new Error('default steps missing');
    const saved = await ok<ReminderSettings>(
      saveSettings(client, (request) => ({
        ...request,
        quoteDaysBefore: 3,
        steps: [
          { ...first, name: 'Petit rappel', daysAfterDue: 3 },
          { ...third, daysAfterDue: 45 },
          { ...withoutId(second), name: 'Nouvelle étape', daysAfterDue: 90 },
        ],
        rates: [...request.rates, { year: 2027, semester: 1, ratePercent: '9' }],
      })),
    );
    expect(saved.quoteDaysBefore).toBe(3);
    expect(saved.steps.map((s) => s.name)).toEqual([
      'Petit rappel',
      'Mise en demeure',
      'Nouvelle étape',
    ]);
    expect(saved.steps[0]?.id).toBe(first.id);
    expect(saved.steps[1]?.id).toBe(third.id);
    expect(saved.steps[2]?.id).not.toBe(second.id);
    expect(saved.rates).toContainEqual({ year: 2027, semester: 1, ratePercent: '9' });

    const outOfOrder = await saveSettings(client, (request) => ({
      ...request,
      steps: request.steps.map((step, i) => (i === 1 ? { ...step, daysAfterDue: 1 } : step)),
    }));
    expect(outOfOrder.statusCode).toBe(400);
    expect(outOfOrder.json().error.fields).toMatchObject({
      'steps.1.daysAfterDue': expect.any(String),
    });
    const unknownTag = await saveSettings(client, (request) => ({
      ...request,
      steps: request.steps.map((step, i) =>
        i === 0
          ? {
              ...step,
              texts: { ...step.texts, nl: { ...step.texts.nl, subject: 'Factuur %nummer%' } },
            }
          : step,
      ),
    }));
    expect(unknownTag.statusCode).toBe(400);
    expect(Object.keys(unknownTag.json().error.fields)).toEqual(['steps.0.texts.nl.subject']);
    const twice = await saveSettings(client, (request) => ({
      ...request,
      rates: [...request.rates, { year: 2026, semester: 1, ratePercent: '3' }],
    }));
    expect(twice.statusCode).toBe(400);
  });
});

describe('the automatic-reminders switch', () => {
  it('comes from the customer, shows on the invoice, and can be turned off at any time', async () => {
    const { client } = await company(t);
    const off = await customer(client, 'b2b', { automaticReminders: false });
    const on = await customer(client, 'b2b');
    expect(off.automaticReminders).toBe(false);
    expect(on.automaticReminders).toBe(true);
    const quiet = await invoice(client, off.id, '2026-01-15');
    const loud = await invoice(client, on.id, '2026-01-15');
    expect([quiet.automaticReminders, loud.automaticReminders]).toEqual([false, true]);

    const switched = await ok<DocumentReminders>(
      client.put(`/api/v1/invoices/${loud.id}/automatic-reminders`, { enabled: false }),
    );
    expect(switched.automaticReminders).toBe(false);
    travel(t, brussels('2026-02-23'));
    await runDailyJob(t);
    present(t);
    expect((await remindersOf(client, loud.id)).items).toEqual([]);
    expect((await remindersOf(client, quiet.id)).items).toEqual([]);

    await ok(client.put(`/api/v1/invoices/${loud.id}/automatic-reminders`, { enabled: true }));
    const view = await remindersOf(client, loud.id);
    expect(view.next).toEqual({ stepName: 'Premier rappel', date: '2026-02-22' });
    travel(t, brussels('2026-02-24'));
    await runDailyJob(t);
    present(t);
    expect((await remindersOf(client, loud.id)).items.map((r) => r.date)).toEqual(['2026-02-24']);
  });

  it('sends nothing while the company has not switched automatic reminders on', async () => {
    const { client } = await company(t);
    await ok(saveSettings(client, (request) => ({ ...request, enabled: false })));
    const doc = await invoice(client, (await customer(client, 'b2b')).id, '2026-01-15');
    travel(t, brussels('2026-04-30'));
    await runDailyJob(t);
    present(t);
    const view = await remindersOf(client, doc.id);
    expect(view.organizationEnabled).toBe(false);
    expect(view.items).toEqual([]);
  });
});

describe('business customers (Law of 2 Aug 2002)', () => {
  it('adds interest and the flat 40 EUR to the cent, prints them, and e-mails the PDF', async () => {
    const { client, me } = await company(t);
    // DOMAIN §9: 1,000.00 paid 45 days late at 10.5 % ⇒ 12.95. First step with both charges.
    await ok(
      saveSettings(client, (request) => ({
        ...request,
        steps: request.steps.map((step, i) =>
          i === 0 ? { ...step, addInterest: true, addIndemnity: true } : step,
        ),
      })),
    );
    const business = await customer(client, 'b2b');
    const doc = await invoice(client, business.id, '2025-12-15', '1000', { dueDate: '2026-01-15' });
    const response = await sendNow(client, doc.id, '2026-03-01');
    expect(response.statusCode).toBe(201);
    const reminder = response.json<Reminder>();
    expect(reminder).toMatchObject({
      sequence: 1,
      manual: true,
      customerKind: 'b2b',
      channel: 'email',
      status: 'created',
      emailTo: 'boekhouding@peeters.be',
      openBalance: '1000.00',
      interest: '12.95',
      indemnity: '40.00',
      damages: '0.00',
      totalDue: '1052.95',
      date: '2026-03-01',
      newDueDate: '2026-03-15',
    });
    expect(reminder.interestPeriods).toEqual([
      {
        from: '2026-01-16',
        to: '2026-03-01',
        days: 45,
        amount: '1000.00',
        ratePercent: '10.5',
        interest: '12.95',
      },
    ]);

    // The PDF, read back by poppler and zbar as a person and a banking app would.
    const pdf = await pdfOf(client, reminder);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Herinnering');
    expect(text).toContain(doc.numberFormatted ?? '?');
    expect(text).toContain('1.000,00 €');
    expect(text).toContain('12,95 €');
    expect(text).toContain('40,00 €');
    expect(text).toContain('1.052,95 €');
    expect(text).toContain('15/03/2026');
    expect(text).toContain('Nalatigheidsinteresten aan 10,5 %');
    expect(text).toContain('Hebt u intussen betaald');
    expect(await qrOnFirstPage(pdf)).toBe(
      epcQrPayload({
        bic: 'GEBABEBB',
        name: 'Électricité Dupont',
        iban: 'BE68539007547034',
        amount: '1052.95',
        remittance: { type: 'ogm', ogm: doc.structuredCommunication ?? '' },
      }),
    );

    // The notification, then the e-mail with the reminder PDF beside the invoice.
    const { rows } = await sql<{ params: Record<string, string>; link: string }>`
      select params, link from notifications
      where organization_id = ${me.organization.id} and type = 'reminderCreated'`.execute(
      t.database.db,
    );
    expect(rows).toEqual([
      {
        params: { number: doc.numberFormatted, customer: business.name },
        link: `/invoices/${doc.id}`,
      },
    ]);
    await t.jobs.drain('reminders.send');
    await t.jobs.drain('email.send');
    const sent = (await remindersOf(client, doc.id)).items[0];
    expect(sent?.status).toBe('sent');
    const emails = await ok<EmailMessage[]>(client.get(`/api/v1/invoices/${doc.id}/emails`));
    const email = emails.find((message) => message.kind === 'reminder');
    expect(email?.to).toEqual(['boekhouding@peeters.be']);
    expect(email?.subject).toBe(`Herinnering: factuur ${doc.numberFormatted}`);
    expect(email?.attachments.map((file) => file.filename)).toContain(
      `Herinnering-${doc.numberFormatted}-1.pdf`,
    );
  });

  it('counts interest on late part-payments and claims the 40 EUR only once', async () => {
    const { client } = await company(t);
    const business = await customer(client, 'b2b');
    const doc = await invoice(client, business.id, '2025-12-15', '1000', { dueDate: '2026-01-15' });
    const accounts = await ok<{ id: string; kind: string }[]>(
      client.get('/api/v1/payment-accounts'),
    );
    await ok(
      client.post(`/api/v1/invoices/${doc.id}/payments`, {
        date: '2026-02-04',
        amount: '500',
        paymentAccountId: accounts.find((a) => a.kind === 'cash')?.id,
      }),
    );
    await ok(sendNow(client, doc.id, '2026-02-20'), 201);
    const second = await ok<Reminder>(sendNow(client, doc.id, '2026-03-01'), 201);
    // 500 for 45 days + 500 paid 20 days late, at 10.5 %: 500 × 0.105 × 65 / 365 = 9.35.
    expect(second).toMatchObject({
      sequence: 2,
      openBalance: '500.00',
      interest: '9.35',
      indemnity: '40.00',
      totalDue: '549.35',
    });
    const third = await ok<Reminder>(sendNow(client, doc.id, '2026-03-20'), 201);
    expect(third.indemnity).toBe('40.00');
    const none = await sendNow(client, doc.id, '2026-04-20');
    expect(none.statusCode).toBe(409);
    expect(none.json().error.code).toBe('reminderNoStepLeft');
  });
});

describe('consumers (Code of Economic Law, Book XIX)', () => {
  it('makes the first reminder free with at least 14 days, and says what may follow', async () => {
    const { client } = await company(t);
    const consumer = await customer(client, 'b2c');
    const doc = await invoice(client, consumer.id, '2026-01-02', '400', { dueDate: '2026-02-01' });
    // Posted on Thursday 2 April 2026: third working day is Wednesday 8 April (Easter Monday),
    // so the deadline is 22 April, although the step's own term is 14 days.
    const first = await ok<Reminder>(
      sendNow(client, doc.id, '2026-04-02', { channel: 'post' }),
      201,
    );
    expect(first).toMatchObject({
      customerKind: 'b2c',
      channel: 'post',
      totalDue: '400.00',
      interest: '0.00',
      damages: '0.00',
      newDueDate: '2026-04-22',
    });
    const text = (await pdfText(await pdfOf(client, first))).replace(/\s+/g, ' ');
    expect(text).toContain('Rappel');
    expect(text).toContain('Ce premier rappel est gratuit.');
    // The cap on 400: 30 + 10 % × 250 = 55.00.
    expect(text).toContain('des dommages et intérêts de 55,00 € au maximum');
    expect(text).toContain('22/04/2026');

    // Before the deadline: a second reminder may go, but charges nothing.
    const early = await ok<Reminder>(sendNow(client, doc.id, '2026-04-20'), 201);
    expect(early).toMatchObject({ damages: '0.00', interest: '0.00', totalDue: '400.00' });
    const late = await ok<Reminder>(sendNow(client, doc.id, '2026-05-02'), 201);
    // Damages at the cap (55.00); interest from 23 April to 2 May (10 days) at 10.5 % on 400 = 1.15.
    expect(late).toMatchObject({ damages: '55.00', interest: '1.15', totalDue: '456.15' });
  });
});

describe('what cannot be reminded', () => {
  it('refuses drafts, paid and fully credited invoices, and e-mail without an address', async () => {
    const { client } = await company(t);
    const business = await customer(client, 'b2b');
    const noEmail = await customer(client, 'b2b', { email: null });
    const draft = await ok<Document>(
      client.post('/api/v1/invoices', {
        customerId: business.id,
        issueDate: '2026-01-15',
        lines: [{ kind: 'item', description: 'X', quantity: '1', unitPrice: '10', vatRate: '21' }],
      }),
      201,
    );
    expect((await sendNow(client, draft.id, '2026-03-01')).json().error.code).toBe(
      'reminderNotOpen',
    );
    const credited = await invoice(client, business.id, '2026-01-15');
    const note = await ok<Document>(
      client.post(`/api/v1/invoices/${credited.id}/credit-note`, {}),
      200,
    );
    await ok(client.post(`/api/v1/credit-notes/${note.id}/finalize`));
    expect((await sendNow(client, credited.id, '2026-03-01')).json().error.code).toBe(
      'reminderNotOpen',
    );
    expect((await remindersOf(client, credited.id)).canSendNow).toBe(false);
    const lonely = await invoice(client, noEmail.id, '2026-01-15');
    const refused = await sendNow(client, lonely.id, '2026-03-01', { channel: 'email' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('reminderNoEmail');
    const posted = await ok<Reminder>(sendNow(client, lonely.id, '2026-03-01'), 201);
    expect(posted.channel).toBe('post');

    const other = await signedUpClient(t.app);
    expect((await other.client.get(`/api/v1/invoices/${lonely.id}/reminders`)).statusCode).toBe(
      404,
    );
    expect((await other.client.get(posted.pdfUrl ?? '')).statusCode).toBe(404);
  });
});

describe('customers', () => {
  it('keeps the automatic-reminders default on the customer', async () => {
    const { client } = await company(t);
    const created = await customer(client, 'b2c', { automaticReminders: false });
    const read = await ok<Customer>(client.get(`/api/v1/customers/${created.id}`));
    expect(read.automaticReminders).toBe(false);
  });
});
