import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CUSTOMER_VAT_REGIMES,
  type Customer,
  type Document,
  type PeppolDocumentStatus,
} from '../../../contract/index.js';
import {
  createTestApp,
  ok,
  signedUpClient,
  type Client,
  type TestApp,
} from '../../../../tests/server/test-app.js';
import { setCompany } from '../../../../tests/server/pdf-fixtures.js';

/**
 * For every VAT regime a document can have, the readiness check (`validateForPeppol` on what the
 * server makes of the document) and the official PEPPOL BIS 3 / EN 16931 rules
 * (../shared/tools/einvoice/validate) agree: a rule the official validator finds fatal is a
 * native issue, and a native issue that names an official rule is fatal there. Checks from
 * Belgian law alone (`FACTO-…`) have no official counterpart.
 */
const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../../../..');
const validator = path.resolve(repo, '../shared/tools/einvoice/validate');

type Regime = (typeof CUSTOMER_VAT_REGIMES)[number];
type Delivery = 'none' | 'dateOnly' | 'addressOnly' | 'both';

const address = (street: string, postalCode: string, city: string, country: string) => ({
  street,
  number: '1',
  box: null,
  postalCode,
  city,
  country,
});

/** A customer each regime is meant for. */
const CUSTOMERS: Record<Regime, Record<string, unknown>> = {
  normal: {
    name: 'Bouw & Co',
    vatNumber: 'BE0403170701',
    address: address('Meir', '2000', 'Antwerpen', 'BE'),
  },
  reverseCharge: {
    name: 'Entreprise Générale Lambert',
    vatNumber: 'BE0403170701',
    address: address('Chaussée de Louvain', '5000', 'Namur', 'BE'),
  },
  intraEuGoods: {
    name: 'Müller Elektrotechnik GmbH',
    vatNumber: 'DE123456789',
    address: address('Hohe Straße', '50667', 'Köln', 'DE'),
  },
  intraEuServices: {
    name: 'Société Lilloise d’Éclairage',
    vatNumber: 'FR40303265045',
    address: address('Rue Nationale', '59000', 'Lille', 'FR'),
  },
  export: {
    name: 'Acme Lighting Inc.',
    vatNumber: null,
    peppolId: '0060:081466849',
    address: address('5th Avenue', 'NY 10118', 'New York', 'US'),
  },
  exempt: {
    name: 'Centre de Formation ASBL',
    vatNumber: 'BE0403170701',
    vatExemptionReason: 'Exemption de TVA, article 44 du Code de la TVA',
    address: address('Rue de Fer', '5000', 'Namur', 'BE'),
  },
};

const DELIVERIES: Delivery[] = ['none', 'dateOnly', 'addressOnly', 'both'];

interface Case {
  name: string;
  regime: Regime;
  delivery: Delivery;
  issues: PeppolDocumentStatus['issues'];
  xml: string;
}

interface Report {
  file: string;
  problems: { id: string; severity: string; message: string }[];
}

let t: TestApp;
let dir = '';
const cases: Case[] = [];
const official = new Map<string, string[]>();

async function makeCase(client: Client, regime: Regime, delivery: Delivery): Promise<Case> {
  const customer = await ok<Customer>(
    client.post('/api/v1/customers', {
      kind: 'company',
      language: 'fr',
      vatRegime: regime,
      // Goods leave for the customer's own country: its delivery address is where they go.
      deliveryAddresses: [{ label: 'Livraison', ...(CUSTOMERS[regime].address as object) }],
      ...CUSTOMERS[regime],
    }),
    201,
  );
  const withDate = delivery === 'dateOnly' || delivery === 'both';
  const withAddress = delivery === 'addressOnly' || delivery === 'both';
  const draft = await ok<Document>(
    client.post('/api/v1/invoices', {
      customerId: customer.id,
      issueDate: '2026-03-02',
      orderReference: 'PO-77',
      deliveryDate: withDate ? '2026-02-27' : null,
      deliveryAddress: withAddress ? { source: 'customer' } : null,
      lines: [
        {
          kind: 'item',
          description: 'Tableau électrique',
          quantity: '2',
          unitPrice: '450',
          vatRate: '21',
        },
      ],
    }),
    201,
  );
  expect(draft.vatRegime).toBe(regime);
  await ok(client.post(`/api/v1/invoices/${draft.id}/finalize`));
  const status = await ok<PeppolDocumentStatus>(
    client.get(`/api/v1/invoices/${draft.id}/peppol`, { 'accept-language': 'en' }),
  );
  const ubl = await client.get(`/api/v1/invoices/${draft.id}/ubl`);
  expect(ubl.statusCode).toBe(200);
  return { name: `${regime}-${delivery}`, regime, delivery, issues: status.issues, xml: ubl.body };
}

beforeAll(async () => {
  t = await createTestApp();
  const { client } = await signedUpClient(t.app);
  await setCompany(client);
  for (const regime of CUSTOMER_VAT_REGIMES)
    for (const delivery of DELIVERIES) cases.push(await makeCase(client, regime, delivery));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-ubl-regimes-'));
  const files = new Map<string, string>();
  for (const c of cases) {
    const file = path.join(dir, `${c.name}.xml`);
    fs.writeFileSync(file, c.xml);
    files.set(file, c.name);
  }
  // One run for every file: the validator's start-up is the expensive part.
  const result = await run(validator, ['--json', ...files.keys()], {
    maxBuffer: 256 * 1024 * 1024,
  }).catch((error: { stdout: string }) => error);
  for (const report of JSON.parse(result.stdout) as Report[]) {
    const fatal = report.problems.filter((p) => p.severity === 'fatal').map((p) => p.id);
    official.set(files.get(report.file) ?? report.file, [...new Set(fatal)].sort());
  }
}, 300_000);

afterAll(async () => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  await t.close();
});

const officialRules = (c: Case) => {
  const rules = official.get(c.name);
  if (!rules) throw new Error(`no validator result for ${c.name}`);
  return rules;
};
const nativeRules = (c: Case) =>
  [...new Set(c.issues.map((i) => i.rule).filter((rule) => !rule.startsWith('FACTO-')))].sort();

describe('PEPPOL readiness and the official rules agree for every VAT regime', () => {
  it('covers every regime with and without delivery date and address', () => {
    expect(cases.map((c) => c.name)).toHaveLength(CUSTOMER_VAT_REGIMES.length * DELIVERIES.length);
  });

  it.each(CUSTOMER_VAT_REGIMES.flatMap((r) => DELIVERIES.map((d) => [`${r}-${d}`] as const)))(
    '%s: every official fatal rule is a native issue and back',
    (name) => {
      const c = cases.find((candidate) => candidate.name === name);
      if (!c) throw new Error(`no case ${name}`);
      expect(nativeRules(c), JSON.stringify(c.issues)).toEqual(officialRules(c));
      expect(c.issues.filter((i) => i.rule.startsWith('FACTO-'))).toEqual([]);
    },
  );

  it('passes both with a delivery date and address, whatever the regime', () => {
    for (const c of cases.filter((candidate) => candidate.delivery === 'both')) {
      expect([c.name, c.issues]).toEqual([c.name, []]);
      expect([c.name, officialRules(c)]).toEqual([c.name, []]);
      // UBL 2.1 order inside cac:Delivery: the date, then the location with its country.
      expect(c.xml).toMatch(
        /<cac:Delivery>\s*<cbc:ActualDeliveryDate>2026-02-27<\/cbc:ActualDeliveryDate>\s*<cac:DeliveryLocation>\s*<cac:Address>[\s\S]*?<cac:Country>\s*<cbc:IdentificationCode>[A-Z]{2}<\/cbc:IdentificationCode>\s*<\/cac:Country>\s*<\/cac:Address>\s*<\/cac:DeliveryLocation>\s*<\/cac:Delivery>/,
      );
    }
  });

  it('asks an intra-EU supply, goods or services, for the deliver-to country on the field to fix', () => {
    for (const regime of ['intraEuGoods', 'intraEuServices'] as const) {
      const byDelivery = (delivery: Delivery) => {
        const c = cases.find((x) => x.regime === regime && x.delivery === delivery);
        if (!c) throw new Error(`no case ${regime}-${delivery}`);
        return c.issues.map((i) => [i.rule, i.field, i.message]);
      };
      const country = [
        'BR-IC-12',
        'deliveryAddress.country',
        'An intra-EU supply needs the delivery address with its country.',
      ];
      const date = [
        'BR-IC-11',
        'deliveryDate',
        'An intra-EU supply needs the delivery date (or an invoicing period).',
      ];
      expect(byDelivery('none')).toEqual([date, country]);
      expect(byDelivery('dateOnly')).toEqual([country]);
      expect(byDelivery('addressOnly')).toEqual([date]);
      expect(byDelivery('both')).toEqual([]);
    }
  });
});
