/**
 * The world the access matrix runs in: two organizations, A and B, each seeded with one record
 * of every kind, each record carrying a unique marker string, and the actors who call every
 * route. The matrix knows from the marker which actor may see it; it never needs a list of
 * routes.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import {
  NOTIFICATION_TYPES,
  type Module,
  type NotificationType,
} from '../../src/contract/index.js';
import { withTenant } from '../../src/server/db/tenant.js';
import { notify } from '../../src/server/modules/notifications/index.js';
import { accountantClient, createCustomer, createUser, employeeClient } from './team-helpers.js';
import { exampleAddressedTo } from './peppol-example.js';
import {
  multipartFile,
  signedUpClient,
  VALID_ENTERPRISE_NUMBERS,
  type Client,
  type TestApp,
} from './test-app.js';

export type Org = 'A' | 'B';

/** A string only one record contains, and who may read that record. */
export interface Marker {
  text: string;
  org: Org;
  /** Every module needed to see the record (none: any member of the organization). */
  modules: readonly Module[];
  what: string;
  /** Only the owner sees it (the team), not even an accountant or an employee with settings. */
  ownerOnly?: true;
}

/** A seeded record's id, as a path parameter names it, and who may address it. */
export interface RecordId {
  id: string;
  org: Org;
  modules: readonly Module[];
}

export interface Organization {
  org: Org;
  id: string;
  owner: Client;
  /** By path parameter name (`paymentId`, `userId`) or by the URL's first segment (`quotes`). */
  ids: Record<string, RecordId>;
  markers: Marker[];
}

export interface Actor {
  name: string;
  cookies: Map<string, string>;
  /** The organization the actor works in, if any. */
  org: Org | null;
  /** Modules held there: `all` for owners and accountants. */
  modules: readonly Module[] | 'all';
  owner?: true;
  /** Support staff: may look, never change. */
  readOnly?: true;
  /** Markers it may see outside its organization. */
  alsoSees?: (marker: Marker) => boolean;
}

/** The module of the record a notification links to, as the test knows it (not the app). */
const NOTIFICATION_LINKS: Record<NotificationType, { path: string; modules: Module[] }> = {
  reminderCreated: { path: 'invoices', modules: ['invoices'] },
  subscriptionInvoiceCreated: { path: 'invoices', modules: ['invoices'] },
  paymentReceived: { path: 'invoices', modules: ['payments', 'invoices'] },
  peppolSendFailed: { path: 'credit-notes', modules: ['creditNotes'] },
  quoteSigned: { path: 'quotes', modules: ['quotes'] },
  messageReceived: { path: 'inbox', modules: ['purchases'] },
  emailFailed: { path: 'quotes', modules: ['quotes'] },
};

async function ok<T>(response: Promise<{ statusCode: number; body: string; json(): T }>) {
  const answer = await response;
  if (answer.statusCode >= 300) throw new Error(`${answer.statusCode} ${answer.body}`);
  return answer.json();
}

/** Signs up organization `org` and gives it one record of each kind, each with a marker. */
export async function seedOrganization(t: TestApp, org: Org, tag: string): Promise<Organization> {
  // Lower case: some fields (e-mail addresses) are stored lower-cased.
  const mk = (kind: string) => `mk${org}${kind}${tag}`.toLowerCase();
  const enterpriseNumber = VALID_ENTERPRISE_NUMBERS[org === 'A' ? 0 : 1] as string;
  const signed = await signedUpClient(t.app, { companyName: mk('Org'), enterpriseNumber });
  const owner = signed.client;
  const organizationId = signed.me.organization.id;
  const markers: Marker[] = [];
  const ids: Record<string, RecordId> = {};
  const mark = (kind: string, modules: readonly Module[], what = kind.toLowerCase()) => {
    markers.push({ text: mk(kind), org, modules, what });
    return mk(kind);
  };
  const record = (key: string, id: string, modules: readonly Module[]) => {
    ids[key] = { id, org, modules };
    return id;
  };
  mark('Org', [], 'organization name');

  const customerId = record('customers', await createCustomer(owner, mark('Customer', [])), []);
  const group = await ok<{ id: string }>(
    owner.post('/api/v1/product-groups', { name: mark('Group', []) }),
  );
  record('product-groups', group.id, []);
  const product = await ok<{ id: string }>(
    owner.post('/api/v1/products', {
      code: `P${org}${tag}`,
      name: { fr: mark('Product', []), nl: null, en: null, de: null },
      description: { fr: null, nl: null, en: null, de: null },
      groupId: group.id,
      price: '10',
      vatRate: '21',
    }),
  );
  record('products', product.id, []);

  const line = (description: string) => ({
    kind: 'item',
    description,
    quantity: '1',
    unitPrice: '100',
    vatRate: '21',
  });
  const document = (kind: string, module: Module) => ({
    customerId,
    issueDate: '2026-01-15',
    lines: [line(mark(kind, [module]))],
  });
  const quote = await ok<{ id: string }>(owner.post('/api/v1/quotes', document('Quote', 'quotes')));
  record('quotes', quote.id, ['quotes']);
  const invoice = await ok<{ id: string }>(
    owner.post('/api/v1/invoices', document('Invoice', 'invoices')),
  );
  record('invoices', invoice.id, ['invoices']);
  await ok(owner.post(`/api/v1/invoices/${invoice.id}/finalize`));
  // A credit note of its own lines: one made from the invoice would carry the invoice's marker.
  const creditNote = await ok<{ id: string }>(
    owner.post('/api/v1/credit-notes', document('CreditNote', 'creditNotes')),
  );
  record('credit-notes', creditNote.id, ['creditNotes']);

  const [account] = await ok<{ id: string }[]>(owner.get('/api/v1/payment-accounts'));
  record('payment-accounts', account?.id ?? randomUUID(), ['payments']);
  const payment = await ok<{ payments?: { id: string }[]; id: string }>(
    owner.post(`/api/v1/invoices/${invoice.id}/payments`, {
      date: '2026-01-20',
      amount: '5',
      paymentAccountId: account?.id,
      reference: mark('Payment', ['payments', 'invoices']),
    }),
  );
  record('paymentId', payment.payments?.[0]?.id ?? payment.id, ['payments', 'invoices']);

  const [journal] = await ok<{ id: string }[]>(owner.get('/api/v1/journals'));
  record('journals', journal?.id ?? randomUUID(), []);

  const sent = await ok<{ id: string }>(
    owner.post(`/api/v1/invoices/${invoice.id}/email`, {
      to: [`customer-${org.toLowerCase()}-${tag}@example.be`],
      subject: mark('Mail', ['invoices'], 'e-mail'),
      body: 'Bonjour',
    }),
  );
  record('emailId', sent.id, ['invoices']);
  await t.jobs.drain();
  const mailbox = await ok<{ items: { id: string }[] }>(owner.get('/api/v1/mailbox'));
  record('mailbox', mailbox.items[0]?.id ?? randomUUID(), ['invoices']);

  const reminder = await ok<{ id: string }>(
    owner.post(`/api/v1/invoices/${invoice.id}/reminders`, { channel: 'post' }),
  );
  record('reminders', reminder.id, ['invoices']);

  const subscription = await ok<{ id: string }>(
    owner.post('/api/v1/subscriptions', {
      name: mark('Subscription', ['invoices']),
      customerId,
      frequency: 'monthly',
      startDate: '2027-06-30',
      lines: [line('Maintenance')],
    }),
  );
  record('subscriptions', subscription.id, ['invoices']);

  const ubl = exampleAddressedTo(enterpriseNumber)
    // A supplier is a contact, listed with the customers to every member; its invoice is not.
    .replaceAll(/SupplierTradingName Ltd.|SupplierOfficialName Ltd/g, mark('Supplier', []))
    .replaceAll('<cbc:ID>Snippet1</cbc:ID>', `<cbc:ID>${mark('Purchase', ['purchases'])}</cbc:ID>`);
  const received = await ok<{ id: string }>(
    owner.request({
      method: 'POST',
      url: '/api/v1/inbox',
      ...multipartFile('file', 'in.xml', 'application/xml', Buffer.from(ubl)),
    }),
  );
  record('inbox', received.id, ['purchases']);
  const accepted = await ok<{ purchaseInvoiceId?: string; id: string }>(
    owner.post(`/api/v1/inbox/${received.id}/accept`),
  );
  record('purchase-invoices', accepted.purchaseInvoiceId ?? accepted.id, ['purchases']);

  // One notification of every type, its parameters a marker, linked to the record it is about.
  const notifications: string[] = [];
  await withTenant(t.database.db, organizationId, async (trx) => {
    for (const type of NOTIFICATION_TYPES) {
      const { path: linkPath, modules } = NOTIFICATION_LINKS[type];
      const linked = ids[linkPath]?.id ?? randomUUID();
      const text = mark(`Notice${type}`, modules, `${type} notification`);
      await notify(
        trx,
        organizationId,
        type,
        { number: text, customer: text, sender: text },
        {
          link: `/${linkPath}/${linked}`,
          at: new Date(),
        },
      );
    }
  });
  const listed = await ok<{ items: { id: string; params: Record<string, string> }[] }>(
    owner.get('/api/v1/notifications'),
  );
  for (const item of listed.items)
    if (item.params.number?.startsWith(mk('notice').slice(0, -tag.length)))
      notifications.push(item.id);
  // The bell's mark-read is aimed at a notice about invoices.
  const invoiceNotice = listed.items.find(
    (item) => item.params.number === mk('NoticereminderCreated'),
  );
  record('notifications', invoiceNotice?.id ?? randomUUID(), ['invoices']);

  const invited = await createUser(owner, { email: `${mark('User', ['settings'])}@example.be` });
  (markers.at(-1) as Marker).ownerOnly = true;
  record('userId', invited.member.userId, ['settings']);
  const sessions = await ok<{ id: string }[]>(owner.get('/api/v1/me/sessions'));
  record('sessions', sessions[0]?.id ?? randomUUID(), []);
  record('organization', organizationId, []);
  expect(notifications).toHaveLength(NOTIFICATION_TYPES.length);
  return { org, id: organizationId, owner, ids, markers };
}

/** Everyone who calls every route; owner A is the one whose data must not change. */
export async function actorsOf(
  t: TestApp,
  a: Organization,
  b: Organization,
  modules: readonly Module[],
  supportEmails: readonly [string, string],
): Promise<Actor[]> {
  const actors: Actor[] = [{ name: 'anonymous', cookies: new Map(), org: null, modules: [] }];
  actors.push({
    name: 'owner of B',
    cookies: b.owner.cookies,
    org: 'B',
    modules: 'all',
    owner: true,
  });
  const none = await employeeClient(t.app, a.owner, []);
  actors.push({
    name: 'employee without module',
    cookies: none.client.cookies,
    org: 'A',
    modules: [],
  });
  for (const module of modules) {
    const employee = await employeeClient(t.app, a.owner, [module]);
    actors.push({
      name: `employee with ${module}`,
      cookies: employee.client.cookies,
      org: 'A',
      modules: [module],
    });
  }
  const unlinked = await accountantClient(t.app);
  actors.push({
    name: 'unlinked accountant',
    cookies: unlinked.client.cookies,
    org: null,
    modules: [],
  });
  const linked = await accountantClient(t.app);
  await ok(a.owner.post('/api/v1/team/accountants', { email: linked.email }));
  await ok(linked.client.post('/api/v1/me/organization', { organizationId: a.id }));
  actors.push({
    name: 'accountant of A',
    cookies: linked.client.cookies,
    org: 'A',
    modules: 'all',
  });

  // Support staff, with A's GDPR switch off (the default): refused, and sees nothing of A.
  const support = await accountantClient(t.app, supportEmails[0]);
  const gdpr = await ok<{ supportAccess: boolean }>(a.owner.get('/api/v1/settings/gdpr'));
  expect(gdpr.supportAccess).toBe(false);
  const refused = await support.client.post('/api/v1/support/sessions', { organizationId: a.id });
  expect(refused.statusCode).toBe(403);
  actors.push({
    name: 'support staff',
    cookies: support.client.cookies,
    org: null,
    modules: [],
    // B allows support (below): its name is in the list of organizations support may open.
    alsoSees: (marker) => marker.org === 'B' && marker.what === 'organization name',
  });
  // Support staff inside B, which allowed it: reads B only, changes nothing, nothing of A.
  const inB = await accountantClient(t.app, supportEmails[1]);
  await ok(b.owner.put('/api/v1/settings/gdpr', { supportAccess: true }));
  await ok(inB.client.post('/api/v1/support/sessions', { organizationId: b.id }));
  actors.push({
    name: 'support staff in B',
    cookies: inB.client.cookies,
    org: 'B',
    modules: 'all',
    readOnly: true,
  });
  return actors;
}
