/**
 * Many organizations (issue 13): the same load on each database given — a Citus coordinator and a
 * single PostgreSQL — in one run. 200 organizations × 2,000 invoices plus one organization ×
 * 50,000, generated with SQL; then, over HTTP against a real server process, 50 concurrent
 * clients each signed in to its own organization measure whole-request latency of the invoice
 * list, the invoice search and finalise, and GET /me throughput.
 *
 * Not part of `npm run bench` or CI (it needs a cluster and several minutes):
 * `scripts/bench-citus.sh` creates the databases and runs `node dist/bench/citus.js label=url…`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { median, startProcess, stopProcess, type Proc } from './lib.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const server = path.join(root, 'dist', 'src', 'server', 'main.js');
const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 200);
const INVOICES = Number(process.env.BENCH_INVOICES ?? 2_000);
const LARGE_INVOICES = Number(process.env.BENCH_LARGE_INVOICES ?? 50_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const DRAFTS_PER_CLIENT = Number(process.env.BENCH_DRAFTS ?? 40);

const line = (label: string, value: string) => console.log(`${label.padEnd(60)} ${value}`);
const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * 0.95)] ?? 0;

interface Tenant {
  organizationId: string;
  headers: Record<string, string>;
  large: boolean;
}

interface Figures {
  list: number[];
  largeList: number[];
  search: number[];
  finalize: number[];
  meRate: number;
}

async function signUp(baseUrl: string, index: number, large: boolean): Promise<Tenant> {
  const csrf = `bench-csrf-${index}`;
  const response = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrf,
      cookie: `facto_csrf=${csrf}`,
    },
    body: JSON.stringify({
      companyName: `${large ? 'Large' : 'Tenant'} ${index}`,
      enterpriseNumber: '0566988259',
      country: 'BE',
      firstName: 'Bench',
      lastName: String(index),
      email: `tenant-${index}-${Date.now()}@example.be`,
      password: 'bench password 2026',
      language: 'fr',
    }),
  });
  if (response.status !== 201)
    throw new Error(`sign-up ${index}: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { organization: { id: string } };
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const token =
    cookies.find((c) => c.startsWith('facto_csrf='))?.slice('facto_csrf='.length) ?? csrf;
  return {
    organizationId: body.organization.id,
    headers: { cookie: cookies.join('; '), 'x-csrf-token': token },
    large,
  };
}

/** Runs `task` over `items` with at most `width` at a time. */
async function inParallel<T, R>(
  items: T[],
  width: number,
  task: (item: T, i: number) => Promise<R>,
) {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i] as T, i);
      }
    }),
  );
  return results;
}

/** Customers and finalised invoices for every organization, in SQL (not through the API). */
async function generate(url: string, tenants: Tenant[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const large = tenants.filter((t) => t.large).map((t) => t.organizationId);
    const small = tenants.filter((t) => !t.large).map((t) => t.organizationId);
    await client.query(
      `insert into contacts (organization_id, id, number, kind, is_customer, is_supplier, is_prospect, name, city,
                             country, email, language, currency, vat_regime, created_at, updated_at)
       select o, gen_random_uuid(), n, 'company', true, false, false, 'Client ' || n || ' ' || md5(o::text || n),
              (array['Gent','Namur','Liège','Brugge','Antwerpen'])[1 + n % 5], 'BE', 'client' || n || '@example.be',
              'fr', 'EUR', 'normal', now(), now()
       from unnest($1::uuid[]) o, generate_series(1, 20) n`,
      [[...small, ...large]],
    );
    const invoices = async (organizations: string[], count: number) =>
      client.query(
        `insert into documents (organization_id, id, document_type, journal_id, status, number, number_formatted,
                                fiscal_year, issue_date, due_date, contact_id, customer, currency, language, price_mode,
                                vat_regime, total_excl, total_vat, total_incl, finalized_at, created_at, updated_at)
         select j.organization_id, gen_random_uuid(), 'invoice', j.id,
                (array['finalized','sent','partiallyPaid','paid'])[1 + n % 4], n, 'F' || n,
                case when n % 2 = 0 then '2024' else '2025' end,
                case when n % 2 = 0 then date '2024-01-01' else date '2025-01-01' end + (n % 360),
                case when n % 2 = 0 then date '2024-01-31' else date '2025-01-31' end + (n % 360),
                c.id, jsonb_build_object('name', c.name), 'EUR', 'fr', 'excl', 'normal',
                100 + n % 900, 21, 121 + n % 900, now(), now(), now()
         from journals j
         cross join generate_series(1, $2::int) n
         join contacts c on c.organization_id = j.organization_id and c.number = 1 + n % 20
         where j.organization_id = any($1::uuid[]) and j.document_type = 'invoice' and j.is_default`,
        [organizations, count],
      );
    const started = performance.now();
    for (let i = 0; i < small.length; i += 25) await invoices(small.slice(i, i + 25), INVOICES);
    await invoices(large, LARGE_INVOICES);
    await client.query('vacuum analyze contacts');
    await client.query('vacuum analyze documents');
    line(
      `  generated ${small.length} × ${INVOICES} + ${large.length} × ${LARGE_INVOICES} invoices`,
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await client.end();
  }
}

async function timed(url: string, init: RequestInit, expected: number): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, init);
  await response.arrayBuffer();
  if (response.status !== expected)
    throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status}`);
  return performance.now() - start;
}

/** Every client repeats `request` for SECONDS; returns each request's time per client. */
async function during(
  clients: Tenant[],
  request: (t: Tenant, i: number) => Promise<number | null>,
) {
  const until = performance.now() + SECONDS * 1000;
  return Promise.all(
    clients.map(async (tenant) => {
      const times: number[] = [];
      for (let i = 0; performance.now() < until; i++) {
        const time = await request(tenant, i);
        if (time === null) break;
        times.push(time);
      }
      return times;
    }),
  );
}

async function measure(label: string, url: string): Promise<Figures> {
  console.log(`\n## ${label}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-bench-citus-'));
  let proc: Proc | undefined;
  try {
    proc = await startProcess(server, {
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: String(CLIENTS),
      FACTO_DATA_DIR: dir,
    });
    const base = proc.url;
    const started = performance.now();
    const tenants = await inParallel(
      Array.from({ length: ORGANIZATIONS + 1 }, (_, i) => i),
      // One at a time: concurrent sign-ups on Citus answered 500 (see the issue 13 note).
      1,
      (i) => signUp(base, i, i === ORGANIZATIONS),
    );
    line(
      `  signed up ${tenants.length} organizations`,
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await generate(url, tenants);

    // One client on the large organization, the others spread over the small ones.
    const largeTenant = tenants[ORGANIZATIONS] as Tenant;
    const clients = [largeTenant, ...tenants.slice(0, CLIENTS - 1)];
    const api = `${base}/api/v1`;
    const json = (t: Tenant) => ({ ...t.headers, 'content-type': 'application/json' });

    const listUrls = [
      'invoices?status=paid&from=2025-01-01&to=2025-03-31&sort=issueDate:desc',
      'invoices?status=unpaid&sort=dueDate:asc',
      'invoices?sort=number:desc&page=3',
    ];
    const lists = await during(clients, (t, i) =>
      timed(`${api}/${listUrls[i % listUrls.length]}`, { headers: t.headers }, 200),
    );
    const searches = await during(clients, (t, i) =>
      timed(
        `${api}/invoices?q=${encodeURIComponent(`Client ${1 + (i % 20)}`)}`,
        { headers: t.headers },
        200,
      ),
    );

    // Drafts first (not measured), then each client finalises its own.
    const customers = await inParallel(clients, 8, async (t) => {
      const response = await fetch(`${api}/customers?pageSize=1`, { headers: t.headers });
      return ((await response.json()) as { items: { id: string }[] }).items[0]?.id ?? '';
    });
    const drafts = await inParallel(clients, 8, async (t, c) =>
      inParallel(
        Array.from({ length: DRAFTS_PER_CLIENT }, (_, i) => i),
        1,
        async (i) => {
          const response = await fetch(`${api}/invoices`, {
            method: 'POST',
            headers: json(t),
            body: JSON.stringify({
              customerId: customers[c],
              issueDate: '2026-06-01',
              lines: [
                {
                  kind: 'item',
                  description: `Work ${i}`,
                  quantity: '2',
                  unitPrice: '45.50',
                  vatRate: '21',
                },
              ],
            }),
          });
          if (response.status !== 201)
            throw new Error(`draft: ${response.status} ${await response.text()}`);
          return ((await response.json()) as { id: string }).id;
        },
      ),
    );
    const finalizes = await during(clients, (t, i) => {
      const id = drafts[clients.indexOf(t)]?.[i];
      if (!id) return Promise.resolve(null);
      return timed(`${api}/invoices/${id}/finalize`, { method: 'POST', headers: t.headers }, 200);
    });

    const started2 = performance.now();
    const me = await during(clients, (t) => timed(`${api}/me`, { headers: t.headers }, 200));
    const meRequests = me.reduce((sum, t) => sum + t.length, 0);
    const meRate = meRequests / ((performance.now() - started2) / 1000);

    const figures: Figures = {
      list: lists.slice(1).flat(),
      largeList: lists[0] ?? [],
      search: searches.flat(),
      finalize: finalizes.flat(),
      meRate,
    };
    const show = (name: string, values: number[]) =>
      line(
        `  ${name} (n, p50, p95)`,
        `${values.length}, ${median(values).toFixed(1)} ms, ${p95(values).toFixed(1)} ms`,
      );
    show(`invoice list, ${CLIENTS - 1} organizations of ${INVOICES}`, figures.list);
    show(`invoice list, the organization of ${LARGE_INVOICES}`, figures.largeList);
    show('invoice search', figures.search);
    show('finalise', figures.finalize);
    line(`  GET /me, ${CLIENTS} clients`, `${Math.round(meRate)} req/s`);
    return figures;
  } finally {
    if (proc) await stopProcess(proc);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const targets = process.argv.slice(2).map((arg) => {
    const at = arg.indexOf('=');
    return { label: arg.slice(0, at), url: arg.slice(at + 1) };
  });
  if (targets.length === 0)
    throw new Error('usage: node dist/bench/citus.js label=url [label=url…]');
  console.log(
    `Facto on many organizations — ${os.cpus().length} cores, ${CLIENTS} clients, ${SECONDS} s per phase`,
  );
  const results = [];
  for (const target of targets)
    results.push({ ...target, figures: await measure(target.label, target.url) });
  const [first, second] = results;
  if (first && second) {
    console.log(`\n## ${first.label} / ${second.label} (p95 ratio; throughput ratio for /me)`);
    const ratio = (name: string, a: number[], b: number[]) =>
      line(`  ${name}`, `${(p95(a) / p95(b)).toFixed(2)}× (aim ≤ 1.5×)`);
    ratio('invoice list', first.figures.list, second.figures.list);
    ratio('invoice list, large organization', first.figures.largeList, second.figures.largeList);
    ratio('invoice search', first.figures.search, second.figures.search);
    ratio('finalise', first.figures.finalize, second.figures.finalize);
    line('  GET /me throughput', `${(first.figures.meRate / second.figures.meRate).toFixed(2)}×`);
  }
}

await main();
