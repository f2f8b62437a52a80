import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string; html: string }[];
}

/**
 * Runs axe-core (its default rules: WCAG 2.x A/AA and best practices) on the page as it is, and
 * returns the critical and serious violations.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src
  // 'self') rightly refuses an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } })
      .axe;
    const results = (await axe.run(document)) as { violations: unknown[] };
    return results.violations;
  });
  return (violations as AxeViolation[]).filter(
    (violation) => violation.impact === 'critical' || violation.impact === 'serious',
  );
}

/** One readable line per failing element, so a failing run says what to fix. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `[${violation.impact}] ${violation.id}: ${violation.help} — ${node.target.join(' ')} — ${(
          node.failureSummary ?? ''
        ).replaceAll('\n', ' ')} — ${node.html.slice(0, 160)}`,
    ),
  );
}

/** The API as the logged-in page calls it: its cookies, and the CSRF cookie echoed in a header. */
export async function apiPost(
  context: BrowserContext,
  baseUrl: string,
  path: string,
  data: unknown,
): Promise<Record<string, unknown>> {
  const csrf = (await context.cookies(baseUrl)).find((c) => c.name === 'facto_csrf')?.value ?? '';
  const response = await context.request.post(`${baseUrl}/api/v1${path}`, {
    data,
    headers: { 'x-csrf-token': csrf },
  });
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json() as Promise<Record<string, unknown>>;
}
