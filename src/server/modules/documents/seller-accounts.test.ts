import { Migrator, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Document,
  DocumentLink,
  EmailMessage,
  EmailPreview,
  MailboxMessage,
  Organization,
  PublicDocument,
  Reminder,
} from '../../../contract/index.js';
import { epcQrPayload } from '../../../core/payments/index.js';
import { migrations } from '../../../../migrations/index.js';
import { openDatabase } from '../../db/database.js';
import {
  companyInput,
  createCustomer,
  draftInvoice,
  exampleA,
  finalInvoice,
  getPdf,
  setCompany,
} from '../../../../tests/server/pdf-fixtures.js';
import { pdfText, qrOnFirstPage } from '../../../../tests/server/pdf-tools.js';
import {
  brussels,
  company,
  customer,
  invoice as reminderInvoice,
  ok,
  present,
  saveSettings,
  travel,
} from '../../../../tests/server/reminders-kit.js';
import {
  Client,
  createTestApp,
  signedUpClient,
  type TestApp,
} from '../../../../tests/server/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// The company's accounts when the invoice is issued (pdf-fixtures): Courant is the default.
const OLD_IBAN = 'BE68539007547034';
const OLD_PRINTED = 'BE68 5390 0754 7034';
// What the settings say afterwards: Courant's IBAN changed, Épargne removed, one account added.
const NEW_IBAN = 'BE62510007547061';
const NEW_PRINTED = 'BE62 5100 0754 7061';
const ADDED_IBAN = 'BE48001123456727';

const ISSUED_ACCOUNTS = [
  { iban: OLD_IBAN, bic: 'GEBABEBB', label: 'Courant' },
  { iban: 'BE71096123456769', bic: null, label: 'Épargne' },
];

/** Courant gets a new IBAN and BIC, Épargne goes, a new account comes after it. */
async function changeAccounts(client: Client) {
  const current = (await client.get('/api/v1/organization')).json<Organization>().bankAccounts;
  const courant = current.find((account) => account.label === 'Courant');
  expect(courant?.iban).toBe(OLD_IBAN);
  const saved = await client.put(
    '/api/v1/organization',
    companyInput({
      bankAccounts: [
        { id: courant?.id, iban: NEW_IBAN, bic: 'ARSPBE22', label: 'Courant', isDefault: true },
        { iban: ADDED_IBAN, bic: null, label: 'Nouveau', isDefault: false },
      ],
    }),
  );
  expect(saved.statusCode).toBe(200);
  expect(
    saved.json<Organization>().bankAccounts.map((a) => [a.id === courant?.id, a.iban, a.bic]),
  ).toEqual([
    [true, NEW_IBAN, 'ARSPBE22'],
    [false, ADDED_IBAN, null],
  ]);
}

describe('an issued document keeps the bank accounts it was issued with', () => {
  it('prints, exports and QR-encodes the old IBAN after the accounts change; a draft the new one', async () => {
    const { client } = await signedUpClient(t.app);
    await setCompany(client);
    const customer = await createCustomer(client);
    const issued = await finalInvoice(client, exampleA(customer.id));
    expect(issued.sellerBankAccounts).toEqual(ISSUED_ACCOUNTS);
    const draft = await draftInvoice(client, exampleA(customer.id, { issueDate: '2026-01-20' }));
    expect(draft.sellerBankAccounts).toBeNull();

    await changeAccounts(client);

    const reread = (await client.get(`/api/v1/invoices/${issued.id}`)).json<Document>();
    expect(reread.sellerBankAccounts).toEqual(ISSUED_ACCOUNTS);

    // The PDF and its QR code, read back by poppler and zbar.
    const pdf = await getPdf(client, `/api/v1/invoices/${issued.id}/pdf`);
    const text = await pdfText(pdf);
    expect(text).toContain(OLD_PRINTED);
    expect(text).not.toContain(NEW_PRINTED);
    expect(text).not.toContain('BE48 0011');
    expect(await qrOnFirstPage(pdf)).toBe(
      epcQrPayload({
        bic: 'GEBABEBB',
        name: 'Électricité Dupont',
        iban: OLD_IBAN,
        amount: issued.openBalance,
        remittance: { type: 'ogm', ogm: issued.structuredCommunication ?? '' },
      }),
    );

    // The UBL's payment means.
    const ubl = await client.get(`/api/v1/invoices/${issued.id}/ubl`);
    expect(ubl.statusCode).toBe(200);
    const payee = /<cac:PayeeFinancialAccount>[\s\S]*?<\/cac:PayeeFinancialAccount>/.exec(
      ubl.body,
    )?.[0];
    expect(payee?.replace(/\s+/g, '')).toBe(
      `<cac:PayeeFinancialAccount><cbc:ID>${OLD_IBAN}</cbc:ID><cac:FinancialInstitutionBranch><cbc:ID>GEBABEBB</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>`,
    );
    expect(ubl.body).not.toContain(NEW_IBAN);

    // The e-mail tags of the document.
    const preview = await client.post('/api/v1/email/preview', {
      kind: 'invoice',
      language: 'fr',
      subject: '%document_number%',
      body: 'IBAN %iban% BIC %bic%',
      documentId: issued.id,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json<EmailPreview>().text).toContain(`IBAN ${OLD_PRINTED} BIC GEBABEBB`);

    // The customer's page of the invoice.
    const shared = await client.post(`/api/v1/invoices/${issued.id}/link`, {
      sentTo: ['client@peeters.example.be'],
    });
    expect(shared.statusCode).toBe(201);
    const token = shared.json<DocumentLink>().url.split('/d/')[1] ?? '';
    const guest = new Client(t.app);
    const unlocked = await guest.post(`/api/public/documents/${token}/unlock`, {
      email: 'client@peeters.example.be',
    });
    expect(unlocked.statusCode).toBe(204);
    const page = await guest.get(`/api/public/documents/${token}`);
    expect(page.json<PublicDocument>().payment).toMatchObject({
      iban: OLD_IBAN,
      bic: 'GEBABEBB',
    });

    // The draft follows the settings until it is issued, and is then issued with them.
    const draftText = await pdfText(await getPdf(client, `/api/v1/invoices/${draft.id}/pdf`));
    expect(draftText).toContain(NEW_PRINTED);
    expect(draftText).not.toContain(OLD_PRINTED);
    const draftPreview = await client.post('/api/v1/email/preview', {
      kind: 'invoice',
      language: 'fr',
      subject: 's',
      body: 'IBAN %iban% BIC %bic%',
      documentId: draft.id,
    });
    expect(draftPreview.json<EmailPreview>().text).toContain(`IBAN ${NEW_PRINTED} BIC ARSPBE22`);
    const later = await client.post(`/api/v1/invoices/${draft.id}/finalize`, {
      confirmRenovationVat: true,
    });
    expect(later.statusCode).toBe(200);
    const laterInvoice = later.json<Document>();
    expect(laterInvoice.sellerBankAccounts).toEqual([
      { iban: NEW_IBAN, bic: 'ARSPBE22', label: 'Courant' },
      { iban: ADDED_IBAN, bic: null, label: 'Nouveau' },
    ]);
    const laterPdf = await getPdf(client, `/api/v1/invoices/${draft.id}/pdf`);
    expect(await pdfText(laterPdf)).toContain(NEW_PRINTED);
    expect(await qrOnFirstPage(laterPdf)).toBe(
      epcQrPayload({
        bic: 'ARSPBE22',
        name: 'Électricité Dupont',
        iban: NEW_IBAN,
        amount: laterInvoice.openBalance,
        remittance: { type: 'ogm', ogm: laterInvoice.structuredCommunication ?? '' },
      }),
    );
    // And the first invoice still shows what it was issued with.
    expect(await pdfText(await getPdf(client, `/api/v1/invoices/${issued.id}/pdf`))).toContain(
      OLD_PRINTED,
    );
  });

  it('asks payment on a reminder (PDF, QR code, e-mail) to the account the invoice was issued with', async () => {
    const { client } = await company(t);
    // The step's text printed at the bottom of the PDF names the account too.
    await ok(
      saveSettings(client, (request) => ({
        ...request,
        steps: request.steps.map((step, i) =>
          i === 0
            ? { ...step, texts: { ...step.texts, nl: { ...step.texts.nl, bottom: 'Op %iban%.' } } }
            : step,
        ),
      })),
    );
    const business = await customer(client, 'b2b');
    const doc = await reminderInvoice(client, business.id, '2025-12-15', '1000', {
      dueDate: '2026-01-15',
    });
    await changeAccounts(client);
    travel(t, brussels('2026-03-01', '10:00'));
    let reminder: Reminder;
    try {
      reminder = await ok<Reminder>(client.post(`/api/v1/invoices/${doc.id}/reminders`, {}), 201);
    } finally {
      present(t);
    }
    const pdf = await getPdf(client, reminder.pdfUrl ?? '');
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain(`Op ${OLD_PRINTED}.`);
    expect(text).not.toContain(NEW_PRINTED);
    expect(await qrOnFirstPage(pdf)).toBe(
      epcQrPayload({
        bic: 'GEBABEBB',
        name: 'Électricité Dupont',
        iban: OLD_IBAN,
        amount: reminder.totalDue,
        remittance: { type: 'ogm', ogm: doc.structuredCommunication ?? '' },
      }),
    );
    await t.jobs.drain('reminders.send');
    await t.jobs.drain('email.send');
    // Without an SMTP server the message lands in the built-in mailbox, its tags filled in.
    const emails = await ok<EmailMessage[]>(client.get(`/api/v1/invoices/${doc.id}/emails`));
    const email = emails.find((message) => message.kind === 'reminder');
    const sent = await ok<MailboxMessage>(client.get(`/api/v1/mailbox/${email?.id ?? ''}`));
    expect(sent.text).toContain(`rekening ${OLD_PRINTED} met`);
    expect(sent.text).not.toContain(NEW_PRINTED);
  });
});

describe('migration 0017: issued documents keep the accounts they printed', () => {
  it('gives every issued document the accounts printed on documents, default first; drafts none', async () => {
    const url = process.env.TEST_DATABASE_URL;
    const name = `facto_mig17_${process.pid}_${Date.now()}`;
    const admin = url ? new pg.Client({ connectionString: url }) : null;
    if (admin) {
      await admin.connect();
      await admin.query(`create database ${name}`);
    }
    const target = url ? new URL(url) : null;
    if (target) target.pathname = `/${name}`;
    const handle = await openDatabase(
      target ? { url: target.toString(), poolSize: 2 } : { pgliteDir: 'memory://' },
    );
    try {
      const db = handle.db;
      const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
      expect((await migrator.migrateTo('0016_payment_mail_invitations')).error).toBeUndefined();
      const org = '01900000-0000-7000-8000-000000000001';
      const bare = '01900000-0000-7000-8000-000000000002';
      const id = (n: number) => `01900000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`;
      const document = (organization: string, n: number, status: string) =>
        sql`insert into documents (organization_id, id, document_type, journal_id, status, issue_date,
            contact_id, customer, currency, language, price_mode, vat_regime, total_excl, total_vat,
            total_incl, created_at, updated_at)
          values (${organization}, ${id(n)}, 'invoice', ${id(organization === org ? 40 : 41)},
            ${status}, '2026-01-15', ${id(organization === org ? 45 : 46)}, '{}', 'EUR', 'fr',
            'excl', 'normal', 100, 21, 121, now(), now())`;
      // The schema as of 0016, written in SQL (the generated types describe the latest one).
      for (const statement of [
        sql`insert into organizations (id, legal_name, country, default_language, created_at, updated_at)
          values (${org}, 'Dupont', 'BE', 'fr', now(), now()), (${bare}, 'Sans banque', 'BE', 'nl', now(), now())`,
        // Printed: Épargne (position 0) and Courant (position 1, the default); one not printed; cash.
        sql`insert into payment_accounts (organization_id, id, kind, name, iban, bic, active, created_at,
            on_documents, position, is_default) values
          (${org}, ${id(1)}, 'bank', 'Épargne', 'BE71096123456769', null, true, '2026-01-01', true, 0, false),
          (${org}, ${id(2)}, 'bank', 'Courant', 'BE68539007547034', 'GEBABEBB', true, '2026-01-01', true, 1, true),
          (${org}, ${id(3)}, 'bank', 'BE62510007547061', 'BE62510007547061', null, true, '2026-01-01', true, 2, false),
          (${org}, ${id(4)}, 'bank', 'Interne', 'BE48001123456727', null, true, '2026-01-01', false, 3, false),
          (${org}, ${id(5)}, 'cash', 'Caisse', null, null, true, '2026-01-01', false, 4, false),
          (${bare}, ${id(6)}, 'cash', 'Kas', null, null, true, '2026-01-01', false, 0, false)`,
        sql`insert into journals (organization_id, id, document_type, name, format, is_default, created_at)
          values (${org}, ${id(40)}, 'invoice', 'Factures', 'F%Y-(4)', true, now()),
            (${bare}, ${id(41)}, 'invoice', 'Facturen', 'F%Y-(4)', true, now())`,
        sql`insert into contacts (organization_id, id, number, kind, is_customer, is_supplier, is_prospect,
            name, country, language, currency, vat_regime, created_at, updated_at)
          values (${org}, ${id(45)}, 1, 'company', true, false, false, 'Client', 'BE', 'fr', 'EUR', 'normal', now(), now()),
            (${bare}, ${id(46)}, 1, 'company', true, false, false, 'Klant', 'BE', 'nl', 'EUR', 'normal', now(), now())`,
        document(org, 50, 'finalized'),
        document(org, 51, 'paid'),
        document(org, 52, 'draft'),
        document(bare, 53, 'sent'),
      ])
        await statement.execute(db);

      expect((await migrator.migrateTo('0017_document_bank_accounts')).error).toBeUndefined();
      const rows = await db
        .selectFrom('documents')
        .select(['id', 'seller_bank_accounts'])
        .orderBy('id')
        .execute();
      const printed = [
        { iban: 'BE68539007547034', bic: 'GEBABEBB', label: 'Courant' },
        { iban: 'BE71096123456769', bic: null, label: 'Épargne' },
        { iban: 'BE62510007547061', bic: null, label: null },
      ];
      expect(rows).toEqual([
        { id: id(50), seller_bank_accounts: printed },
        { id: id(51), seller_bank_accounts: printed },
        { id: id(52), seller_bank_accounts: null },
        { id: id(53), seller_bank_accounts: [] },
      ]);
    } finally {
      await handle.close();
      if (admin) {
        await admin.query(`drop database if exists ${name}`);
        await admin.end();
      }
    }
  });
});
