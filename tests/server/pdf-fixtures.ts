import type {
  Customer,
  Document,
  DocumentInput,
  PaymentAccount,
  UpdateOrganizationRequest,
} from '../../src/contract/index.js';
import { ok, type Client } from './test-app.js';

/** Company details with every mandatory mention and a default bank account. */
export function companyInput(
  overrides: Partial<UpdateOrganizationRequest> = {},
): UpdateOrganizationRequest {
  return {
    legalName: 'Électricité Dupont',
    legalForm: 'srl',
    enterpriseNumber: '0566.988.259',
    vatNumber: 'BE0566988259',
    vatRegime: 'liable',
    address: {
      street: 'Rue Haute',
      number: '12',
      box: null,
      postalCode: '4000',
      city: 'Liège',
      country: 'BE',
    },
    phone: '+32 4 123 45 67',
    email: 'info@dupont.be',
    website: null,
    registerCourt: 'Liège',
    defaultLanguage: 'fr',
    currency: 'EUR',
    bankAccounts: [
      { iban: 'BE71096123456769', bic: null, label: 'Épargne', isDefault: false },
      { iban: 'BE68539007547034', bic: 'GEBABEBB', label: 'Courant', isDefault: true },
    ],
    ...overrides,
  };
}

export async function setCompany(
  client: Client,
  overrides: Partial<UpdateOrganizationRequest> = {},
) {
  await ok(client.put('/api/v1/organization', companyInput(overrides)));
}

export async function createCustomer(
  client: Client,
  overrides: Record<string, unknown> = {},
): Promise<Customer> {
  return ok(
    client.post('/api/v1/customers', {
      kind: 'company',
      name: 'Bouwbedrijf Peeters BV',
      address: {
        street: 'Kerkstraat',
        number: '5',
        box: null,
        postalCode: '9000',
        city: 'Gent',
        country: 'BE',
      },
      vatNumber: 'BE0403170701',
      language: 'nl',
      paymentTermDays: 30,
      ...overrides,
    }),
    201,
  );
}

/** DOMAIN §4.1 example A with a second section at 21 %: 231.83 + 21.03 = 252.86. */
export function exampleA(customerId: string, extra: Partial<DocumentInput> = {}): DocumentInput {
  return {
    customerId,
    issueDate: '2026-01-15',
    discount: { type: 'percent', value: '5' },
    orderReference: 'PO-7781',
    lines: [
      { kind: 'section', description: 'Travaux' },
      {
        kind: 'item',
        description: 'Main-d’œuvre',
        quantity: '3',
        unitCode: 'HUR',
        unitPrice: '55',
        vatRate: '6',
      },
      {
        kind: 'item',
        description: 'Câble',
        quantity: '10',
        unitCode: 'MTR',
        unitPrice: '1.85',
        vatRate: '6',
        discount: { type: 'percent', value: '10' },
      },
      { kind: 'item', description: 'Prise', quantity: '1', unitPrice: '12.40', vatRate: '6' },
      { kind: 'section', description: 'Fourniture seule' },
      { kind: 'item', description: 'Coffret', quantity: '2', unitPrice: '24.99', vatRate: '21' },
    ],
    ...extra,
  };
}

export async function draftInvoice(client: Client, input: DocumentInput): Promise<Document> {
  return ok(client.post('/api/v1/invoices', input), 201);
}

export async function finalInvoice(client: Client, input: DocumentInput): Promise<Document> {
  const draft = await draftInvoice(client, input);
  return ok(client.post(`/api/v1/invoices/${draft.id}/finalize`, { confirmRenovationVat: true }));
}

/** Records a payment into the cash book; returns the invoice as it is then. */
export async function pay(client: Client, invoiceId: string, amount: string): Promise<Document> {
  const accounts = await ok<PaymentAccount[]>(client.get('/api/v1/payment-accounts'));
  const cash = accounts.find((account) => account.kind === 'cash');
  return ok(
    client.post(`/api/v1/invoices/${invoiceId}/payments`, {
      date: '2026-01-20',
      amount,
      paymentAccountId: cash?.id,
    }),
  );
}

export async function getPdf(client: Client, url: string): Promise<Buffer> {
  const response = await client.get(url);
  if (response.statusCode !== 200) throw new Error(`${response.statusCode}: ${response.body}`);
  return response.rawPayload;
}
