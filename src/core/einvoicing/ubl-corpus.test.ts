import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, formatMoney } from '../money/decimal.js';
import { generateUbl } from './generate-ubl.js';
import { brokenDocuments, corpusDocuments } from '../../../tests/fixtures/ubl-corpus-documents.js';
import { buildUblModel } from './ubl-model.js';
import { validateForPeppol } from './validate-peppol.js';

/**
 * The official PEPPOL BIS 3 / EN 16931 rules (../shared/tools/einvoice/validate) are the oracle:
 * every corpus document must pass them with no fatal finding, and every broken one must be
 * refused by `validateForPeppol` with the same rule id the official rules report.
 */

/**
 * Core tests are type-checked by the web project too, without Node's types, and core may not
 * import `node:*`: the few Node functions this test needs are loaded at run time, typed here.
 */
interface NodeApis {
  spawnSync(
    command: string,
    args: string[],
    options: { encoding: 'utf8'; maxBuffer: number },
  ): { status: number | null; stdout: string; stderr: string };
  mkdtempSync(prefix: string): string;
  writeFileSync(file: string, data: string): void;
  rmSync(path: string, options: { recursive: boolean; force: boolean }): void;
  tmpdir(): string;
}

async function loadNode(): Promise<NodeApis> {
  const load = (name: string) =>
    import(/* @vite-ignore */ `node:${name}`) as Promise<Record<string, unknown>>;
  const [childProcess, fs, os] = await Promise.all([load('child_process'), load('fs'), load('os')]);
  return {
    spawnSync: childProcess.spawnSync as NodeApis['spawnSync'],
    mkdtempSync: fs.mkdtempSync as NodeApis['mkdtempSync'],
    writeFileSync: fs.writeFileSync as NodeApis['writeFileSync'],
    rmSync: fs.rmSync as NodeApis['rmSync'],
    tmpdir: os.tmpdir as NodeApis['tmpdir'],
  };
}

interface Problem {
  layer: string;
  id: string;
  severity: string;
  message: string;
  location?: string;
}
interface Result {
  file: string;
  valid: boolean;
  problems: Problem[];
}

// path.resolve(<repo root>, '../shared/tools/einvoice/validate'), the repo root being ../../..
const validator = decodeURIComponent(
  new URL('../../../../shared/tools/einvoice/validate', import.meta.url).pathname,
);

const corpus = corpusDocuments();
const broken = brokenDocuments();
const results = new Map<string, Result>();
let dir = '';
let node: NodeApis | null = null;

function fatal(name: string): Problem[] {
  const result = results.get(name);
  if (!result) throw new Error(`no validator result for ${name}`);
  return result.problems.filter((p) => p.severity === 'fatal');
}

const describeFinding = (p: Problem) => `[${p.layer}] ${p.id} ${p.location ?? ''} ${p.message}`;

beforeAll(async () => {
  node = await loadNode();
  dir = node.mkdtempSync(`${node.tmpdir()}/facto-ubl-corpus-`);
  const files = new Map<string, string>();
  for (const { name, input } of [...corpus, ...broken]) {
    const file = `${dir}/${name}.xml`;
    node.writeFileSync(file, generateUbl(input));
    files.set(file, name);
  }
  // One run for every file: the validator's start-up is the expensive part.
  const run = node.spawnSync(validator, ['--json', ...files.keys()], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`validator failed (${run.status}): ${run.stderr}`);
  }
  for (const result of JSON.parse(run.stdout) as Result[]) {
    results.set(files.get(result.file) ?? result.file, result);
  }
}, 180_000);

afterAll(() => {
  if (dir) node?.rmSync(dir, { recursive: true, force: true });
});

describe('UBL corpus — official PEPPOL BIS 3 rules', () => {
  it('covers at least 45 documents and every VAT category, kind and price mode', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(45);
    expect(new Set(corpus.map((d) => d.name)).size).toBe(corpus.length);
    const categories = new Set(
      corpus.flatMap((d) =>
        d.input.lines.flatMap((l) => (l.kind === 'item' ? [l.vatCategory] : [])),
      ),
    );
    expect([...categories].sort()).toEqual(['AE', 'E', 'G', 'K', 'O', 'S', 'Z']);
    expect(new Set(corpus.map((d) => d.input.kind))).toEqual(
      new Set(['invoice', 'depositInvoice', 'creditNote']),
    );
    expect(new Set(corpus.map((d) => d.input.currency))).toEqual(
      new Set(['EUR', 'USD', 'GBP', 'CHF']),
    );
    expect(corpus.some((d) => d.input.lines.length >= 100)).toBe(true);
  });

  it.each(corpus.map((d) => [d.name, d] as const))('%s passes with no fatal finding', (_, doc) => {
    const findings = fatal(doc.name).map(describeFinding);
    expect(findings, findings.join('\n')).toEqual([]);
  });

  it.each(corpus.map((d) => [d.name, d] as const))('%s passes validateForPeppol', (_, doc) => {
    expect(validateForPeppol(doc.input)).toEqual([]);
  });

  it.each(corpus.map((d) => [d.name, d] as const))(
    '%s pays exactly computeTotals’ total payable',
    (_, doc) => {
      const model = buildUblModel(doc.input);
      const xml = generateUbl(doc.input);
      const payable = /<cbc:PayableAmount currencyID="\w+">(-?[\d.]+)</.exec(xml)?.[1];
      const expected = dec(model.totals.totalPayable).minus(model.monetary.prepaid);
      expect(payable).toBe(formatMoney(expected));
      expect(model.monetary.taxInclusive.eq(dec(model.totals.totalPayable))).toBe(true);
    },
  );
});

describe('UBL broken set — native checks agree with the official rules', () => {
  it('has at least 10 broken documents', () => {
    expect(broken.length).toBeGreaterThanOrEqual(10);
  });

  it.each(broken.map((d) => [d.name, d] as const))('%s is refused natively', (_, doc) => {
    const issues = validateForPeppol(doc.input);
    expect(issues).toContainEqual(expect.objectContaining({ rule: doc.rule, code: doc.code }));
  });

  it.each(broken.filter((d) => d.official).map((d) => [d.name, d] as const))(
    '%s is refused by the official rules with the same rule',
    (_, doc) => {
      const ids = fatal(doc.name).map((p) => p.id);
      expect(ids, fatal(doc.name).map(describeFinding).join('\n')).toContain(doc.rule);
    },
  );
});

describe('UBL corpus — native checks and official rules agree on every document', () => {
  // Broken documents marked unofficial break a rule the pinned official files do not carry.
  const all = [...corpus, ...broken.filter((d) => d.official)];
  const isIntraEu = (d: (typeof all)[number]) =>
    d.input.lines.some((l) => l.kind === 'item' && l.vatCategory === 'K');
  // Checks from Belgian law alone (`FACTO-…`) have no official counterpart.
  const nativeRules = (d: (typeof all)[number]) =>
    [...new Set(validateForPeppol(d.input).map((i) => i.rule))]
      .filter((rule) => !rule.startsWith('FACTO-'))
      .sort();
  const officialRules = (name: string) => [...new Set(fatal(name).map((p) => p.id))].sort();

  it.each(all.map((d) => [d.name, d] as const))(
    '%s: refused by the official rules exactly when refused natively',
    (_, doc) => {
      const findings = fatal(doc.name).map(describeFinding).join('\n');
      expect(nativeRules(doc).length > 0, findings).toBe(officialRules(doc.name).length > 0);
    },
  );

  it.each(all.filter(isIntraEu).map((d) => [d.name, d] as const))(
    '%s (intra-EU): every official fatal rule is a native issue and back',
    (_, doc) => {
      const findings = fatal(doc.name).map(describeFinding).join('\n');
      expect(nativeRules(doc), findings).toEqual(officialRules(doc.name));
    },
  );

  it('covers intra-EU goods and services with and without a delivery address', () => {
    const intraEu = all.filter(isIntraEu);
    const withAddress = intraEu.filter((d) => d.input.deliveryAddress?.country);
    const without = intraEu.filter((d) => !d.input.deliveryAddress?.country);
    // Goods are counted in pieces, services by the hour or month.
    const services = (d: (typeof intraEu)[number]) =>
      d.input.lines.some((l) => l.kind === 'item' && ['HUR', 'MON'].includes(l.unitCode ?? ''));
    expect(withAddress.filter(services).length).toBeGreaterThanOrEqual(2);
    expect(withAddress.filter((d) => !services(d)).length).toBeGreaterThanOrEqual(2);
    expect(without.filter(services).length).toBeGreaterThanOrEqual(1);
    expect(without.filter((d) => !services(d)).length).toBeGreaterThanOrEqual(2);
    for (const d of without) {
      expect(validateForPeppol(d.input)).toContainEqual({
        rule: 'BR-IC-12',
        path: 'deliveryAddress.country',
        code: 'intraEuDeliveryCountryMissing',
      });
      expect(officialRules(d.name)).toContain('BR-IC-12');
    }
  });
});
