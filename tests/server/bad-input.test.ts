/**
 * Bad input, whatever the route: besides the hand-written cases below, every route of the app
 * (read from `app.routeTable`) is called by the organization's owner, against real resources,
 * with cases derived from its own zod schemas (see schema-cases.ts): each required field
 * missing, a wrong type, an over-long string, a NUL byte, a lone surrogate, an unknown choice, a
 * number out of range, an oversized body, a malformed multipart upload. Each answer is a 400
 * naming the field (413 for what is too large), translated (fr, nl and en differ), never a 5xx,
 * and the organization's data is unchanged at the end. A new route is covered the day it is
 * registered.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/contract/index.js';
import type { RouteAccess } from '../../src/server/platform/auth/auth-plugin.js';
import { createCustomer, createUser } from './team-helpers.js';
import { exampleAddressedTo } from './peppol-example.js';
import {
  Client,
  multipartFile,
  signedUpClient,
  signupInput,
  TINY_PNG,
  useTestApp,
} from './test-app.js';
import {
  casesOf,
  jsonSchemaOf,
  repair,
  sample,
  withCase,
  type FieldCase,
  type Json,
} from './schema-cases.js';

const t = useTestApp();

/** Whatever arrives, the answer is a clear 4xx in the error format, never a 500, never half-written data. */
describe('bad input', () => {
  async function post(client: Client, payload: string | Buffer, contentType = 'application/json') {
    return client.request({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload,
      headers: { 'content-type': contentType, 'accept-language': 'en' },
    });
  }

  it('refuses malformed JSON', async () => {
    const response = await post(new Client(t.app), '{"companyName": "x",');
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'invalidJson',
      message: 'The request body is not valid JSON.',
    });
  });

  it('refuses an empty JSON body', async () => {
    const response = await post(new Client(t.app), '');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalidJson');
  });

  it('refuses invalid UTF-8', async () => {
    const body = Buffer.concat([
      Buffer.from('{"companyName":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}'),
    ]);
    const response = await post(new Client(t.app), body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalidUtf8');
  });

  it('refuses prototype poisoning', async () => {
    const response = await post(
      new Client(t.app),
      JSON.stringify(signupInput()).replace('{', '{"__proto__":{"admin":true},'),
    );
    expect(response.statusCode).toBe(400);
  });

  it('refuses wrong types field by field', async () => {
    const response = await post(
      new Client(t.app),
      JSON.stringify({ ...signupInput(), firstName: 42, country: ['BE'] }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      firstName: 'This value has the wrong type.',
      country: 'This value has the wrong type.',
    });
  });

  it('refuses a body that is not an object', async () => {
    for (const body of ['[]', '"text"', '42', 'null']) {
      const response = await post(new Client(t.app), body);
      expect(response.statusCode, body).toBe(400);
    }
  });

  it('refuses oversize bodies', async () => {
    const response = await post(
      new Client(t.app),
      JSON.stringify({ ...signupInput(), companyName: 'x'.repeat(2 * 1024 * 1024) }),
    );
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('bodyTooLarge');
  });

  it('refuses very long strings with the limit in the message', async () => {
    const response = await post(
      new Client(t.app),
      JSON.stringify({ ...signupInput(), lastName: 'é'.repeat(5000) }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({ lastName: 'Must be at most 100 characters.' });
  });

  it('refuses other content types', async () => {
    const response = await post(
      new Client(t.app),
      'companyName=x',
      'application/x-www-form-urlencoded',
    );
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupportedMediaType');
  });

  it('answers unknown API paths and bad ids with JSON errors', async () => {
    const { client } = await signedUpClient(t.app);
    const unknown = await client.get('/api/v1/nothing-here');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('notFound');
    const badId = await client.post('/api/v1/me/organization', { organizationId: "1' or '1'='1" });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.fields).toHaveProperty('organizationId');
  });

  it('keeps nothing of a sign-up that failed halfway', async () => {
    const taken = await signedUpClient(t.app);
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('organizations')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const response = await new Client(t.app).post(
      '/api/v1/auth/signup',
      signupInput({ email: taken.input.email, companyName: 'Should Not Exist' }),
    );
    expect(response.statusCode).toBe(409);
    expect(await count()).toBe(before);
  });
});

/** The inputs the issue found answering 500, each now a translated field error. */
describe('inputs that used to answer 500', () => {
  const en = { 'accept-language': 'en' };
  const notAllowed = 'This text contains characters that are not allowed.';

  it('refuses a NUL byte in the search of every list, naming it', async () => {
    const { client } = await signedUpClient(t.app);
    for (const list of [
      'customers',
      'customers/export.csv',
      'products',
      'quotes',
      'invoices',
      'credit-notes',
      'subscriptions',
    ]) {
      const response = await client.get(`/api/v1/${list}?q=a%00b`, en);
      expect(response.statusCode, list).toBe(400);
      expect(response.json().error.fields, list).toEqual({ 'querystring.q': notAllowed });
    }
  });

  it('refuses a lone surrogate in a text, naming it', async () => {
    const { client } = await signedUpClient(t.app);
    const customerId = await createCustomer(client, 'Surrogate customer');
    const response = await client.post(
      '/api/v1/subscriptions',
      {
        customerId,
        name: 'Monthly \ud800',
        frequency: 'monthly',
        startDate: '2026-01-15',
        lines: [
          { kind: 'item', description: 'Hosting', quantity: '1', unitPrice: '10', vatRate: '21' },
        ],
      },
      en,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({ name: notAllowed });
    expect((await client.get('/api/v1/subscriptions')).json().total).toBe(0);
  });

  it('answers a broken upload with a translated 400 naming the file', async () => {
    const { client } = await signedUpClient(t.app);
    const unreadable = {
      en: 'The upload could not be read (incomplete or malformed form data). Choose the file again.',
      fr: "Le fichier envoyé n'a pas pu être lu (formulaire incomplet ou mal formé). Choisissez à nouveau le fichier.",
      nl: 'Het verzonden bestand kon niet worden gelezen (onvolledig of misvormd formulier). Kiest u het bestand opnieuw.',
    };
    const upload = multipartFile('file', 'logo.png', 'image/png', TINY_PNG);
    for (const [method, url] of [
      ['PUT', '/api/v1/organization/logo'],
      ['POST', '/api/v1/inbox'],
      ['POST', '/api/v1/email/attachments?language=fr'],
    ] as const) {
      for (const [language, message] of Object.entries(unreadable)) {
        for (const [what, contentType, payload] of [
          ['no boundary', 'multipart/form-data', upload.payload],
          ['truncated', upload.headers['content-type'], upload.payload.subarray(0, 150)],
        ] as const) {
          const response = await client.request({
            method,
            url,
            payload,
            headers: { 'content-type': contentType, 'accept-language': language },
          });
          expect(response.statusCode, `${url} ${what}`).toBe(400);
          expect(response.json().error, `${url} ${what}`).toEqual({
            code: 'multipartInvalid',
            message,
            fields: { file: message },
          });
        }
      }
    }
    // A second file is refused, not silently dropped.
    const boundary = 'facto-two-files';
    const part = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      TINY_PNG,
      Buffer.from('\r\n'),
    ]);
    const twoFiles = Buffer.concat([part, part, Buffer.from(`--${boundary}--\r\n`)]);
    const response = await client.request({
      method: 'PUT',
      url: '/api/v1/organization/logo',
      payload: twoFiles,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...en },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      file: 'Send exactly one file, in the field “file”.',
    });
    expect((await client.get('/api/v1/organization')).json().logoUrl).toBe(null);
  });

  it('names a path parameter that is not valid UTF-8', async () => {
    const { client } = await signedUpClient(t.app);
    const response = await client.get('/api/v1/customers/a%ED%A0%80b', en);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'validation',
      message: 'Some fields are not valid.',
      fields: { 'params.id': 'The address contains characters that cannot be read.' },
    });
  });

  it('answers 404 to a PEPPOL webhook token with a NUL byte', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/peppol/webhook/${'a'.repeat(20)}%00`,
      payload: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('bad input on every route, derived from its schemas', () => {
  let owner: Client;
  let organizationId: string;
  /** Real resources of the owner's organization, by the kind of id a route or field expects. */
  let ids: Record<string, string>;

  beforeAll(async () => {
    const tag = randomUUID().slice(0, 8);
    const signed = await signedUpClient(t.app, { companyName: `Bad input ${tag}` });
    owner = signed.client;
    organizationId = signed.me.organization.id;
    const customerId = await createCustomer(owner, `Customer ${tag}`);
    const group = (await owner.post('/api/v1/product-groups', { name: `Group ${tag}` })).json();
    const product = (
      await owner.post('/api/v1/products', {
        code: `P${tag}`,
        name: { fr: `Product ${tag}`, nl: null, en: null, de: null },
        description: { fr: null, nl: null, en: null, de: null },
        groupId: group.id,
        price: '10',
        vatRate: '21',
      })
    ).json();
    const line = {
      kind: 'item',
      description: 'Work',
      quantity: '1',
      unitPrice: '100',
      vatRate: '21',
    };
    const quote = (
      await owner.post('/api/v1/quotes', { customerId, issueDate: '2026-01-10', lines: [line] })
    ).json();
    const invoice = (
      await owner.post('/api/v1/invoices', { customerId, issueDate: '2026-01-15', lines: [line] })
    ).json();
    expect((await owner.post(`/api/v1/invoices/${invoice.id}/finalize`)).statusCode).toBe(200);
    const creditNote = (await owner.post(`/api/v1/invoices/${invoice.id}/credit-note`)).json();
    const [paymentAccount] = (await owner.get('/api/v1/payment-accounts')).json();
    const payment = await owner.post(`/api/v1/invoices/${invoice.id}/payments`, {
      date: '2026-01-20',
      amount: '5',
      paymentAccountId: paymentAccount.id,
    });
    const [journal] = (await owner.get('/api/v1/journals')).json();
    const ubl = exampleAddressedTo('0566988259');
    const received = await owner.request({
      method: 'POST',
      url: '/api/v1/inbox',
      ...multipartFile('file', 'in.xml', 'application/xml', Buffer.from(ubl)),
    });
    const inboxId = received.json().id as string;
    const accepted = await owner.post(`/api/v1/inbox/${inboxId}/accept`);
    const purchaseId = (accepted.json().purchaseInvoiceId ?? accepted.json().id) as string;
    const sessions = await owner.get('/api/v1/me/sessions');
    const invited = await createUser(owner, { email: `bad-input-${tag}@example.be` });
    ids = {
      customers: customerId,
      contacts: customerId,
      products: product.id,
      'product-groups': group.id,
      groups: group.id,
      quotes: quote.id,
      invoices: invoice.id,
      'credit-notes': creditNote.id,
      documents: invoice.id,
      'payment-accounts': paymentAccount.id,
      payments: (payment.json().payments?.[0]?.id ?? payment.json().id) as string,
      paymentId: (payment.json().payments?.[0]?.id ?? payment.json().id) as string,
      journals: journal.id,
      inbox: inboxId,
      'purchase-invoices': purchaseId,
      sessions: (sessions.json() as { id: string }[])[0]?.id ?? randomUUID(),
      users: invited.member.userId,
      organizations: organizationId,
      organization: organizationId,
    };
  }, 120_000);

  /** The id for a path parameter or an id field: a real resource where its name tells which. */
  function idFor(name: string, resource: string): string | undefined {
    const base = name
      .replace(/Ids?$/, '')
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .toLowerCase();
    return (
      ids[name] ??
      ids[`${base}s`] ??
      ids[base] ??
      (name === 'id' ? (ids[resource] ?? ids.customers) : undefined)
    );
  }

  interface Target {
    route: RouteAccess;
    resource: string;
    schemas: Partial<Record<FieldCase['part'], Json>>;
    params: Record<string, string>;
    query: Record<string, unknown>;
    body: unknown;
  }

  function targetOf(route: RouteAccess): Target {
    const resource = /^\/api\/v1\/(?:me\/)?([\w-]+)/.exec(route.url)?.[1] ?? '';
    const schemas: Target['schemas'] = {};
    for (const part of ['params', 'querystring', 'body'] as const) {
      const json = jsonSchemaOf(route[part]);
      if (json) schemas[part] = json;
    }
    const lookup = (field: string) => idFor(field, resource);
    const params: Record<string, string> = {};
    const paramSchemas = schemas.params?.properties ?? {};
    // A path value the route accepts, so its body and query are validated too.
    const shape = route.params instanceof z.ZodObject ? route.params.shape : {};
    for (const [, name] of route.url.matchAll(/:(\w+)/g)) {
      const key = name as string;
      const candidates = [
        paramSchemas[key] ? sample(paramSchemas[key], key, lookup) : 'x',
        'x'.repeat(43),
        '0',
      ].map(String);
      const field = (shape as Record<string, z.ZodType>)[key];
      params[key] = candidates.find((c) => !field || field.safeParse(c).success) ?? 'x';
    }
    const query = (
      schemas.querystring ? repair(route.querystring, sample(schemas.querystring, '', lookup)) : {}
    ) as Record<string, unknown>;
    const known = Object.values(ids);
    const body = schemas.body
      ? repair(route.body, sample(schemas.body, '', lookup), known)
      : undefined;
    return { route, resource, schemas, params, query, body };
  }

  /** Text for a URL: a lone surrogate becomes the bytes a careless client would send. */
  function encode(value: unknown): string {
    const text = String(value);
    try {
      return encodeURIComponent(text);
    } catch {
      return [...text]
        .map((c) => (/[\ud800-\udfff]/.test(c) ? '%ED%A0%80' : encodeURIComponent(c)))
        .join('');
    }
  }

  function urlOf(target: Target, params = target.params, query = target.query): string {
    const pathPart = target.route.url.replace(/:(\w+)/g, (_, name: string) =>
      encode(params[name] ?? 'x'),
    );
    const search = Object.entries(query)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${encode(key)}=${encode(value)}`)
      .join('&');
    return search ? `${pathPart}?${search}` : pathPart;
  }

  interface Attempt {
    target: Target;
    label: string;
    url: string;
    payload?: string | Buffer;
    contentType?: string;
    /** Accepted statuses. */
    statuses: number[];
    /** Keys of `error.fields`, one of which must name the field (none for a refused whole body). */
    names: string[];
  }

  function attemptsOf(target: Target): Attempt[] {
    const { route } = target;
    const multipart = route.consumes?.includes('multipart/form-data') ?? false;
    const json = (body: unknown) => (body === undefined ? undefined : JSON.stringify(body));
    const attempts: Attempt[] = [];
    for (const part of ['params', 'querystring', 'body'] as const) {
      const schema = target.schemas[part];
      if (!schema) continue;
      for (const c of casesOf(part, schema)) {
        const label = `${route.method} ${route.url} ${part} ${c.path.join('.')}: ${c.kind}`;
        const prefix = part === 'body' ? '' : `${part}.`;
        const names = c.names.map((name) => `${prefix}${name}`);
        // A path parameter cannot be left out; an over-long one is not a route at all (404).
        if (part === 'params' && c.value === undefined) continue;
        if (part === 'params' && c.kind === 'over-long string') continue;
        const params =
          part === 'params'
            ? { ...target.params, [String(c.path[0])]: String(c.value) }
            : undefined;
        const query =
          part === 'querystring'
            ? (withCase(target.query, c) as Record<string, unknown>)
            : undefined;
        const body = part === 'body' ? withCase(target.body, c) : target.body;
        attempts.push({
          target,
          label,
          url: urlOf(target, params, query),
          payload: multipart ? undefined : json(body),
          contentType: body === undefined || multipart ? undefined : 'application/json',
          statuses: [400],
          names,
        });
      }
    }
    if (target.schemas.body && !multipart)
      attempts.push({
        target,
        label: `${route.method} ${route.url}: oversized body`,
        url: urlOf(target),
        payload: JSON.stringify({ padding: 'x'.repeat(1024 * 1024 + 1) }),
        contentType: 'application/json',
        statuses: [413],
        names: [],
      });
    if (multipart) attempts.push(...multipartAttempts(target));
    return attempts;
  }

  /** Uploads gone wrong: each answered 400 naming the file, or 413 when it is too large. */
  function multipartAttempts(target: Target): Attempt[] {
    const url = urlOf(target);
    const label = `${target.route.method} ${target.route.url}`;
    const good = multipartFile('file', 'logo.png', 'image/png', TINY_PNG);
    const boundary = /boundary=(.*)$/.exec(good.headers['content-type'])?.[1] as string;
    const part = (name: string, data: Buffer) =>
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="f.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        data,
        Buffer.from('\r\n'),
      ]);
    const end = Buffer.from(`--${boundary}--\r\n`);
    const type = good.headers['content-type'];
    const file = { statuses: [400], names: ['file'] };
    const cases: Omit<Attempt, 'target' | 'url'>[] = [
      {
        ...file,
        label: `${label}: multipart without boundary`,
        contentType: 'multipart/form-data',
      },
      {
        ...file,
        label: `${label}: truncated part`,
        contentType: type,
        payload: part('file', TINY_PNG).subarray(0, 120),
      },
      {
        ...file,
        label: `${label}: part never closed`,
        contentType: type,
        payload: part('file', TINY_PNG),
      },
      {
        ...file,
        label: `${label}: no file part`,
        contentType: type,
        payload: Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n`,
          ),
          end,
        ]),
      },
      { ...file, label: `${label}: empty form`, contentType: type, payload: end },
      {
        ...file,
        label: `${label}: garbage`,
        contentType: type,
        payload: Buffer.from('not multipart at all'),
      },
      {
        ...file,
        statuses: [400, 413],
        label: `${label}: two files`,
        contentType: type,
        payload: Buffer.concat([part('file', TINY_PNG), part('file', TINY_PNG), end]),
      },
      {
        // Larger than any upload limit; a route may name the file with its own limit instead.
        statuses: [400, 413],
        names: ['file'],
        label: `${label}: file too large`,
        contentType: type,
        payload: Buffer.concat([part('file', Buffer.alloc(32 * 1024 * 1024, 7)), end]),
      },
    ];
    return cases.map((a) => ({ ...a, target, url, payload: a.payload ?? Buffer.from('x') }));
  }

  async function send(attempt: Attempt, language: Language) {
    const headers: Record<string, string> = { 'accept-language': language };
    if (attempt.contentType) headers['content-type'] = attempt.contentType;
    return owner.request({
      method: attempt.target.route.method as 'GET',
      url: attempt.url,
      payload: attempt.payload,
      headers,
    });
  }

  /** What is wrong with the three answers to one attempt (nothing when all is well). */
  async function check(attempt: Attempt): Promise<string[]> {
    const messages: string[] = [];
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      const response = await send(attempt, language);
      const where = `${attempt.label} [${language}] → ${response.statusCode}`;
      if (!attempt.statuses.includes(response.statusCode)) {
        problems.push(
          `${where}: expected ${attempt.statuses.join('/')} ${response.body.slice(0, 300)}`,
        );
        break;
      }
      const error = response.json<{
        error?: { message?: string; fields?: Record<string, string> };
      }>().error;
      if (response.statusCode === 413 || !attempt.names.length) {
        messages.push(String(error?.message));
        continue;
      }
      const named = attempt.names.find((name) => typeof error?.fields?.[name] === 'string');
      if (!named) {
        problems.push(`${where}: no field ${attempt.names[0]} in ${response.body.slice(0, 300)}`);
        break;
      }
      messages.push(error?.fields?.[named] as string);
    }
    if (!problems.length && new Set(messages).size !== LANGUAGES.length)
      problems.push(`${attempt.label}: not translated (${messages.join(' | ')})`);
    return problems;
  }

  /** The organization's rows, every table that has them, sessions aside (they record activity). */
  async function fingerprint(): Promise<string> {
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'organization_id'
        and table_name not in ('sessions')
      order by table_name`.execute(t.database.db);
    const parts: string[] = [];
    for (const { table_name: table } of tables.rows) {
      const rows = await sql<{ digest: string | null; n: string }>`
        select md5(string_agg(r::text, ',' order by r::text)) as digest, count(*) as n
        from ${sql.table(table)} r where organization_id = ${organizationId}`.execute(
        t.database.db,
      );
      parts.push(`${table}:${rows.rows[0]?.n}:${rows.rows[0]?.digest}`);
    }
    const organization = await sql<{ digest: string }>`
      select md5(o::text) as digest from organizations o where id = ${organizationId}`.execute(
      t.database.db,
    );
    parts.push(`organization:${organization.rows[0]?.digest}`);
    const members = await sql<{ digest: string }>`
      select md5(string_agg(u::text, ',' order by u::text)) as digest
      from users u join memberships m on m.user_id = u.id
      where m.organization_id = ${organizationId}`.execute(t.database.db);
    parts.push(`members:${members.rows[0]?.digest}`);
    return parts.join('\n');
  }

  const routes = () =>
    t.app.routeTable.filter(
      (route) => route.url.startsWith('/api/v1') && !['HEAD', 'OPTIONS'].includes(route.method),
    );

  it('derives cases from every route that takes input, uploads included', () => {
    const all = routes();
    const withInput = all.filter((r) => r.params || r.querystring || r.body || r.consumes);
    expect(withInput.length).toBeGreaterThan(100);
    expect(
      all.filter((r) => r.consumes?.includes('multipart/form-data')).map((r) => r.url),
    ).toEqual(
      expect.arrayContaining([
        '/api/v1/organization/logo',
        '/api/v1/inbox',
        '/api/v1/email/attachments',
      ]),
    );
  });

  it('answers every case with a translated 400 naming the field (413 when too large), never a 5xx, changing nothing', async () => {
    const before = await fingerprint();
    const started = Date.now();
    const problems: string[] = [];
    let attempts = 0;
    let covered = 0;
    let bodies = 0;
    let validBodies = 0;
    for (const route of routes()) {
      const target = targetOf(route);
      if (route.body instanceof z.ZodType) {
        bodies += 1;
        if (route.body.safeParse(target.body).success) validBodies += 1;
      }
      const list = attemptsOf(target);
      if (list.length) covered += 1;
      for (const attempt of list) {
        attempts += 1;
        problems.push(...(await check(attempt)));
      }
      // Nothing refused may end the owner's session either.
      if (list.length && route.method !== 'GET') {
        const alive = await owner.get('/api/v1/me/account');
        if (alive.statusCode !== 200)
          problems.push(`${route.method} ${route.url}: ended the session`);
      }
    }
    console.info(
      `bad input: ${covered} routes, ${attempts} cases, ${attempts * LANGUAGES.length} requests, ${validBodies}/${bodies} sample bodies valid, ${Math.round((Date.now() - started) / 1000)} s`,
    );
    expect(problems).toEqual([]);
    expect(await fingerprint()).toBe(before);
  }, 600_000);
});
