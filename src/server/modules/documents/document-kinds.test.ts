import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DOCUMENT_LIST_STATUSES,
  DOCUMENT_TYPES,
  STATUS_ACTIONS,
  documentEmailRouteTables,
  documentKind,
  documentLinkRoutes,
  documentPdfRoutes,
  documentRoutes,
  publicDocumentRoutes,
  type ActionStatus,
  type Document,
  type DocumentLink,
  type DocumentListStatus,
  type DocumentPage,
  type DocumentSummary,
  type DocumentStatus,
  type DocumentType,
  type EmailPreview,
  type EmailTemplate,
  type Journal,
  type PublicDocument,
  type RouteDefinition,
} from '../../../contract/index.js';
import { allRoutes } from '../../../contract/routes/all-routes.js';
import { TAG_NAMES } from '../../../core/tags/index.js';
import { formatDocumentNumber } from '../../../core/numbering/index.js';
import { pdfText } from '../../../../tests/server/pdf-tools.js';
import {
  Client,
  createTestApp,
  signedUpClient,
  type TestApp,
} from '../../../../tests/server/test-app.js';
import { todayInBelgium } from '../../platform/dates.js';
import { DOCUMENT_KINDS } from './document-kinds.js';

/**
 * Every document kind, walked from its entry: a kind added to `DOCUMENT_TYPES` is covered here
 * without a line of its own (create, number, print in three languages, e-mail, share, list,
 * change status).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const LANGUAGES = ['fr', 'nl', 'en'] as const;
const CUSTOMER_EMAIL = 'compta@lambert.example.be';

/** The URL of a route of the contract, with its `:id` (or `:token`) filled. */
const urlOf = (route: RouteDefinition, id: string) =>
  (route.base ?? '/api/v1') + route.path.replace(/:id|:token/, id);

/** A company (Dutch-speaking, with a bank account) and a customer; documents of any kind. */
async function company() {
  const { client } = await signedUpClient(t.app, { language: 'nl' });
  const organization = (await client.get('/api/v1/organization')).json<Record<string, unknown>>();
  const saved = await client.put('/api/v1/organization', {
    ...organization,
    id: undefined,
    logoUrl: undefined,
    updatedAt: undefined,
    bankAccounts: [{ iban: 'BE68539007547034', bic: 'GKCCBEBB', label: null, isDefault: true }],
  });
  expect(saved.statusCode).toBe(200);
  const customer = await client.post('/api/v1/customers', {
    kind: 'company',
    name: 'Boulangerie Lambert',
    email: CUSTOMER_EMAIL,
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
  expect(customer.statusCode).toBe(201);
  const customerId = customer.json<{ id: string }>().id;
  const today = todayInBelgium(t.clock.now());

  async function draft(type: DocumentType, language: 'fr' | 'nl' | 'en' = 'fr') {
    const response = await client.post(urlOf(documentRoutes[type].create, ''), {
      customerId,
      issueDate: today,
      language,
      lines: [
        {
          kind: 'item',
          description: 'Tableau électrique',
          quantity: '2',
          unitPrice: '600',
          vatRate: '21',
        },
      ],
    });
    expect(response.statusCode).toBe(201);
    return response.json<Document>();
  }

  async function finalized(type: DocumentType) {
    const document = await draft(type);
    const response = await client.post(urlOf(documentRoutes[type].finalize, document.id));
    expect(response.statusCode).toBe(200);
    return response.json<Document>();
  }

  /** A document of this kind in this status, reached by the kind's own declared actions. */
  async function inStatus(
    type: DocumentType,
    status: DocumentStatus,
    seen: string[] = [],
  ): Promise<Document> {
    if (status === 'draft') return draft(type);
    if (status === 'finalized') return finalized(type);
    const transitions = documentKind(type).transitions as Record<string, readonly string[]>;
    const from = transitions[status]?.find((candidate) => !seen.includes(candidate));
    if (!from) throw new Error(`${type}: no declared action leads to ${status}`);
    const document = await inStatus(type, from as DocumentStatus, [...seen, status]);
    return act(type, status as ActionStatus, document.id, 200);
  }

  async function act(type: DocumentType, to: ActionStatus, id: string, expected: number) {
    const route = actionRoute(type, to);
    if (!route) throw new Error(`${type}: no route for ${to}`);
    const response = await client.post(urlOf(route, id));
    expect(response.statusCode, `${type} → ${to}: ${response.body}`).toBe(expected);
    return response.json<Document>();
  }

  return { client, customerId, today, draft, finalized, inStatus, act };
}

/** The route of a status action for this kind (`POST /quotes/:id/accept`), if the kind has one. */
function actionRoute(type: DocumentType, to: ActionStatus): RouteDefinition | undefined {
  const path = `/${documentKind(type).path}/:id/${STATUS_ACTIONS[to]}`;
  return allRoutes().find((r) => r.route.method === 'POST' && r.route.path === path)?.route;
}

/** Whether a list row belongs under a filter that no single stored status names. */
function matches(item: DocumentSummary, filter: DocumentListStatus): boolean {
  if (filter === 'unpaid') return ['finalized', 'sent', 'partiallyPaid'].includes(item.status);
  return item.status === filter || item.displayStatus === filter;
}

describe.each(DOCUMENT_TYPES)('the %s kind, from its entry', (type) => {
  const kind = DOCUMENT_KINDS[type];

  it('is created as a draft and numbered from its own series when finalised', async () => {
    const { client, draft, today } = await company();
    const journals = (await client.get('/api/v1/journals')).json<Journal[]>();
    const journal = journals.find((j) => j.documentType === type && j.isDefault);
    // A new organization (signed up in Dutch) gets the kind's series, named in its language.
    expect(journal).toMatchObject({ name: kind.journal.name.nl, format: kind.journal.format });

    const created = await draft(type);
    expect(created).toMatchObject({ type, status: 'draft', number: null, journalId: journal?.id });
    expect(created.dueDate !== null).toBe(kind.dueDate);
    expect(created.validUntil !== null).toBe(kind.validity);
    const response = await client.post(urlOf(documentRoutes[type].finalize, created.id));
    expect(response.statusCode).toBe(200);
    const document = response.json<Document>();
    expect(document).toMatchObject({
      status: 'finalized',
      number: 1,
      numberFormatted: formatDocumentNumber(kind.journal.format, 1, today, 1),
    });
    expect(document.structuredCommunication !== null).toBe(kind.structuredCommunication);
  });

  it('prints its title in the customer’s language (fr, nl, en)', async () => {
    const { client, draft } = await company();
    for (const language of LANGUAGES) {
      const document = await draft(type, language);
      const response = await client.get(urlOf(documentPdfRoutes[type].pdf, document.id));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const text = (await pdfText(response.rawPayload)).replace(/\s+/g, ' ');
      expect(text).toContain(kind.pdf.title[language]);
      // The other languages' titles are not printed (where they differ).
      for (const other of LANGUAGES.filter((l) => kind.pdf.title[l] !== kind.pdf.title[language]))
        expect(text).not.toContain(`${kind.pdf.title[other]} `);
    }
  });

  it('has a default e-mail text in three languages whose tags are all filled', async () => {
    const { client, finalized } = await company();
    const document = await finalized(type);
    const templates = (await client.get('/api/v1/email/templates')).json<EmailTemplate[]>();
    for (const language of LANGUAGES) {
      const template = templates.find((x) => x.kind === type && x.language === language);
      expect(template).toMatchObject({ isDefault: true, ...kind.email[language] });
      const used = [
        ...`${kind.email[language].subject} ${kind.email[language].body}`.matchAll(/%([a-z_]+)%/g),
      ].map((match) => match[1]);
      // It uses only the tags the kind offers.
      expect(
        used.filter((tag) => !(kind.emailTags as readonly string[]).includes(tag ?? '')),
      ).toEqual([]);
      const preview = await client.post('/api/v1/email/preview', {
        kind: type,
        language,
        subject: kind.email[language].subject,
        body: kind.email[language].body,
        documentId: document.id,
      });
      expect(preview.statusCode).toBe(200);
      const filled = preview.json<EmailPreview>();
      expect(filled.subject).toContain(document.numberFormatted);
      expect(filled.subject).toContain('Électricité Dupont SRL');
      for (const tag of TAG_NAMES) {
        expect(filled.subject).not.toContain(`%${tag}%`);
        expect(filled.text).not.toContain(`%${tag}%`);
      }
    }
    // And the e-mail form starts with it, in the document's language.
    const form = await client.get(urlOf(documentEmailRouteTables[type].draft, document.id));
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({ kind: type, to: [CUSTOMER_EMAIL], ...kind.email.fr });
  });

  it('is shared by a secure link: the customer opens it and its PDF', async () => {
    const { client, finalized } = await company();
    const document = await finalized(type);
    const created = await client.post(urlOf(documentLinkRoutes[type].create, document.id), {});
    expect(created.statusCode).toBe(201);
    const token = created.json<DocumentLink>().url.split('/d/')[1] ?? '';
    const guest = new Client(t.app);
    // The address it was sent to opens it.
    const locked = await guest.get(urlOf(publicDocumentRoutes.open, token));
    expect(locked.statusCode).toBe(404);
    const unlocked = await guest.post(urlOf(publicDocumentRoutes.unlock, token), {
      email: CUSTOMER_EMAIL,
    });
    expect(unlocked.statusCode).toBe(204);
    const opened = await guest.get(urlOf(publicDocumentRoutes.open, token));
    expect(opened.statusCode).toBe(200);
    expect(opened.json<PublicDocument>()).toMatchObject({
      type,
      number: document.numberFormatted,
    });
    const pdf = await guest.get(urlOf(publicDocumentRoutes.pdf, token));
    expect(pdf.statusCode).toBe(200);
    expect((await pdfText(pdf.rawPayload)).replace(/\s+/g, ' ')).toContain(kind.pdf.title.fr);
  });

  it('lists by each status it declares, and refuses one it does not', async () => {
    const { client, inStatus } = await company();
    const made = new Map<DocumentStatus, Document>();
    for (const status of kind.statuses) {
      // Statuses no user action leads to (paid…) come from their own use cases.
      const reachable = status === 'draft' || status === 'finalized' || status in kind.transitions;
      if (reachable) made.set(status, await inStatus(type, status));
    }
    const list = urlOf(documentRoutes[type].list, '');
    for (const filter of kind.listFilters) {
      const response = await client.get(`${list}?status=${filter}`);
      expect(response.statusCode, `${type} ?status=${filter}`).toBe(200);
      const page = response.json<DocumentPage>();
      const stored = made.get(filter as DocumentStatus);
      if (stored) {
        expect(page.items.map((item) => item.id)).toEqual([stored.id]);
        expect(page.items[0]?.status).toBe(filter);
      } else {
        // Derived filters (overdue, expired, unpaid) and statuses only payments set.
        for (const item of page.items) expect(matches(item, filter)).toBe(true);
      }
    }
    for (const other of DOCUMENT_LIST_STATUSES.filter(
      (status) => !(kind.listFilters as readonly string[]).includes(status),
    )) {
      const response = await client.get(`${list}?status=${other}`);
      expect(response.statusCode, `${type} ?status=${other}`).toBe(400);
    }
  });

  it('allows each status change it declares, and answers 409 to one it does not', async () => {
    const { inStatus, act, draft } = await company();
    const transitions = kind.transitions as Partial<
      Record<ActionStatus, readonly DocumentStatus[]>
    >;
    for (const [to, from] of Object.entries(transitions) as [ActionStatus, DocumentStatus[]][]) {
      for (const status of from) {
        const document = await inStatus(type, status);
        expect((await act(type, to, document.id, 200)).status).toBe(to);
      }
    }
    // Every action route this kind has, from a status it does not declare for it.
    for (const to of Object.keys(STATUS_ACTIONS) as ActionStatus[]) {
      if (!actionRoute(type, to)) continue;
      const declared: readonly string[] = transitions[to] ?? [];
      const from = declared.includes('draft') ? null : await draft(type);
      if (from) {
        const refused = await act(type, to, from.id, 409);
        expect(refused).toMatchObject({ error: { code: 'invalidState' } });
      }
      if (!declared.includes(to)) {
        const already = await inStatus(type, to as DocumentStatus);
        await act(type, to, already.id, 409);
      }
    }
  });
});
