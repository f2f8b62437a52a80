import crypto from 'node:crypto';
import type {
  Customer,
  Subscription,
  SubscriptionInput,
  SubscriptionInvoice,
  SubscriptionInvoicePage,
} from '../../src/contract/index.js';
import type { Deps } from '../../src/server/deps.js';
import { createDocumentsService } from '../../src/server/modules/documents/index.js';
import {
  createSubscriptionsService,
  type SubscriptionsService,
} from '../../src/server/modules/subscriptions/index.js';
import { createJobQueue } from '../../src/server/platform/jobs/job-queue.js';
import { createSecretBox } from '../../src/server/platform/secrets.js';
import { createLocalStorage } from '../../src/server/platform/storage/local-storage.js';
import { TtlCache } from '../../src/server/platform/ttl-cache.js';
import type { Client, TestApp } from './test-app.js';

/**
 * A subscriptions runner on the test app's database and clock, as a worker process builds it:
 * tests call its `runDue` once per simulated hour (the hourly job) without going through pg-boss
 * each time. Its own job queue is never started; nothing it would enqueue is used here.
 */
export function runnerOf(t: TestApp): SubscriptionsService {
  const deps: Deps = {
    config: t.config,
    db: t.database.db,
    clock: t.clock,
    storage: createLocalStorage(t.filesDir),
    jobs: createJobQueue({ db: t.database.db, logger: t.app.log, schema: 'pgboss_unused' }),
    secrets: createSecretBox(crypto.randomBytes(32)),
    sessions: new TtlCache(0),
    memberships: new TtlCache(0),
  };
  return createSubscriptionsService(deps, { documents: createDocumentsService(deps) });
}

/** Moves the test clock to an instant. */
export function setClock(t: TestApp, at: string | Date): Date {
  const target = typeof at === 'string' ? new Date(at) : at;
  t.clock.advance(target.getTime() - t.clock.now().getTime());
  return t.clock.now();
}

export async function customer(client: Client, overrides: Record<string, unknown> = {}) {
  const response = await client.post('/api/v1/customers', {
    kind: 'company',
    name: 'Boulangerie Lemaire SRL',
    language: 'fr',
    vatNumber: 'BE0403170701',
    address: {
      street: 'Rue Haute',
      number: '12',
      box: null,
      postalCode: '1000',
      city: 'Bruxelles',
      country: 'BE',
    },
    ...overrides,
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<Customer>();
}

export function subscriptionInput(
  customerId: string,
  overrides: Partial<SubscriptionInput> = {},
): SubscriptionInput {
  return {
    customerId,
    frequency: 'monthly',
    startDate: '2026-01-31',
    creationHour: 6,
    autoFinalize: true,
    lines: [
      {
        kind: 'item',
        description: 'Entretien %start% – %end%',
        quantity: '1',
        unitPrice: '100',
        vatRate: '21',
      },
    ],
    ...overrides,
  };
}

export async function createSubscription(
  client: Client,
  customerId: string,
  overrides: Partial<SubscriptionInput> = {},
): Promise<Subscription> {
  const response = await client.post(
    '/api/v1/subscriptions',
    subscriptionInput(customerId, overrides),
  );
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<Subscription>();
}

/** Every invoice the subscription made, oldest period first. */
export async function invoicesOf(client: Client, id: string): Promise<SubscriptionInvoice[]> {
  const items: SubscriptionInvoice[] = [];
  for (let page = 1; ; page += 1) {
    const response = await client.get(
      `/api/v1/subscriptions/${id}/invoices?sort=periodStart:asc&pageSize=100&page=${page}`,
    );
    if (response.statusCode !== 200) throw new Error(response.body);
    const body = response.json<SubscriptionInvoicePage>();
    items.push(...body.items);
    if (items.length >= body.total) return items;
  }
}
