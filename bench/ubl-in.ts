/**
 * Inbound e-invoicing benchmark: reading a received 100-line PEPPOL UBL invoice (safe XML parse,
 * model, arithmetic checks), built from the shared OpenPeppol base example.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReceivedDocument } from '../src/core/einvoicing/inbound/index.js';
import { median } from './lib.js';

const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)] ?? 0;

/** The repository root, from the sources (bench/) or the build (dist/bench/). */
function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('repository root not found');
    dir = parent;
  }
  return dir;
}

function replaceAll(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return text.replaceAll(from, to);
}

/**
 * The base example's two lines (7 × 400 and −3 × 500) repeated 50 times, totals scaled to match,
 * so the parse also runs every arithmetic check without a warning.
 */
export function hundredLineInvoice(): string {
  const source = path.resolve(repoRoot(), '../shared/fixtures/peppol/openpeppol_base-example.xml');
  const base = fs.readFileSync(source, 'utf8');
  const lines = base.match(/<cac:InvoiceLine>[\s\S]*?<\/cac:InvoiceLine>/g) ?? [];
  if (lines.length !== 2) throw new Error('unexpected base example');
  const start = base.indexOf(lines[0] ?? '');
  const end = base.lastIndexOf('</cac:InvoiceLine>') + '</cac:InvoiceLine>'.length;
  const repeated = Array.from({ length: 100 }, (_, i) =>
    (lines[i % 2] ?? '').replace(/<cbc:ID>\d+<\/cbc:ID>/, `<cbc:ID>${i + 1}</cbc:ID>`),
  ).join('\n');
  let xml = base.slice(0, start) + repeated + base.slice(end);
  xml = replaceAll(xml, '>1300</cbc:LineExtensionAmount>', '>65000</cbc:LineExtensionAmount>');
  xml = replaceAll(xml, '>1325<', '>65025<');
  xml = replaceAll(xml, '>331.25<', '>16256.25<');
  xml = replaceAll(xml, '>1656.25<', '>81281.25<');
  return xml;
}

export function ublInBenchmark(): void {
  const xml = hundredLineInvoice();
  const check = parseReceivedDocument(xml);
  if (check.lines.length !== 100 || check.warnings.length > 0) {
    throw new Error('the benchmark invoice does not read as 100 consistent lines');
  }
  for (let i = 0; i < 20; i++) parseReceivedDocument(xml);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    parseReceivedDocument(xml);
    times.push(performance.now() - start);
  }
  line(
    `received UBL, 100 lines, ${Math.round(xml.length / 1024)} kB (median, p95)`,
    `${median(times).toFixed(2)} ms, ${percentile(times, 0.95).toFixed(2)} ms (target < 10)`,
  );
}
