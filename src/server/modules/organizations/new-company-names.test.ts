import { describe, expect, it } from 'vitest';
import type { Journal, PaymentAccount, ReminderSettings } from '../../../contract/index.js';
import { signedUpClient, useTestApp } from '../../../../tests/server/test-app.js';

const t = useTestApp();

/** What Facto creates for a new company, by name: journals, accounts, reminder steps. */
async function createdFor(language: 'fr' | 'nl' | 'en') {
  const { client } = await signedUpClient(t.app, { language });
  const journals = (await client.get('/api/v1/journals')).json<Journal[]>();
  const accounts = (await client.get('/api/v1/payment-accounts')).json<PaymentAccount[]>();
  const reminders = (await client.get('/api/v1/reminder-settings')).json<ReminderSettings>();
  return {
    journals: journals.map((j) => [j.documentType, j.name]).sort(),
    accounts: accounts.map((a) => a.name),
    steps: reminders.steps.map((s) => s.name),
  };
}

describe('what a new company gets, named in its language', () => {
  it('Dutch', async () => {
    expect(await createdFor('nl')).toEqual({
      journals: [
        ['creditNote', 'Creditnota’s'],
        ['invoice', 'Facturen'],
        ['quote', 'Offertes'],
      ],
      accounts: ['Kas'],
      steps: ['Eerste herinnering', 'Tweede herinnering', 'Ingebrekestelling'],
    });
  });

  it('English', async () => {
    expect(await createdFor('en')).toEqual({
      journals: [
        ['creditNote', 'Credit notes'],
        ['invoice', 'Invoices'],
        ['quote', 'Quotes'],
      ],
      accounts: ['Cash'],
      steps: ['First reminder', 'Second reminder', 'Formal notice'],
    });
  });

  it('French', async () => {
    expect(await createdFor('fr')).toEqual({
      journals: [
        ['creditNote', 'Notes de crédit'],
        ['invoice', 'Factures'],
        ['quote', 'Devis'],
      ],
      accounts: ['Caisse'],
      steps: ['Premier rappel', 'Deuxième rappel', 'Mise en demeure'],
    });
  });
});
