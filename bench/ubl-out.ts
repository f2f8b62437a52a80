/**
 * Outbound e-invoicing benchmark: PEPPOL BIS 3 UBL of a 20-line invoice (computeTotals, XML) and
 * the native PEPPOL checks that run before sending.
 */
import { generateUbl, validateForPeppol } from '../src/core/einvoicing/index.js';
import { baseDocument, item } from '../tests/fixtures/ubl-corpus-documents.js';
import { median } from './lib.js';

const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)] ?? 0;

function measure(run: () => unknown): number[] {
  for (let i = 0; i < 50; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times;
}

export function ublOutBenchmark(): void {
  const document = baseDocument({
    discount: { type: 'percent', value: '5' },
    settlementDiscount: { percent: '2', days: 8 },
    note: 'Merci pour votre confiance & à bientôt.',
    lines: Array.from({ length: 20 }, (_, i) =>
      item(
        `Article ${i} — câble, gaine & fournitures`,
        String((i % 5) + 1),
        `${12 + i}.34`,
        i % 2 ? '21' : '6',
        {
          unitCode: i % 3 ? 'C62' : 'HUR',
          discount: i % 4 === 0 ? { type: 'percent', value: '10' } : null,
        },
      ),
    ),
  });
  const generate = measure(() => generateUbl(document));
  line(
    'UBL of a 20-line invoice (median, p95)',
    `${median(generate).toFixed(2)} ms, ${percentile(generate, 0.95).toFixed(2)} ms (target < 2)`,
  );
  const validate = measure(() => validateForPeppol(document));
  line(
    'PEPPOL checks of a 20-line invoice (median, p95)',
    `${median(validate).toFixed(2)} ms, ${percentile(validate, 0.95).toFixed(2)} ms (target < 5)`,
  );
}
