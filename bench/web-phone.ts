/**
 * The web app as a phone user gets it: the built app served by the real server, opened in
 * Chromium on a mid-range phone profile (1.6 Mbps down, 750 kbps up, 150 ms latency, CPU 4×
 * slower). Steps: first visit of the login page (empty cache), repeat visit, log in, the invoice
 * list, "new invoice". Prints the time of each step, the bytes it transferred, and the JavaScript
 * the first route needs (as transferred, and its gzip/brotli sizes).
 *
 * `npm run build && node dist/bench/web-phone.js` runs it alone; `npm run bench` runs it too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { median, sessionCookie, startProcess, stopProcess } from './lib.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const server = path.join(root, 'dist', 'src', 'server', 'main.js');
const webRoot = path.join(root, 'dist', 'web');
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 3);
const account = { email: `phone-${Date.now()}@example.be`, password: 'bench password 2026' };

const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Bytes and requests seen on the wire (CDP's encoded length: headers and compressed body). */
class Traffic {
  private inFlight = new Set<string>();
  bytes = 0;
  requests = 0;

  constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (event) => this.inFlight.add(event.requestId));
    cdp.on('Network.loadingFinished', (event) => {
      this.inFlight.delete(event.requestId);
      this.bytes += event.encodedDataLength;
      // Answers from the browser's cache cost nothing on the wire: count only real requests.
      if (event.encodedDataLength > 0) this.requests += 1;
    });
    cdp.on('Network.loadingFailed', (event) => this.inFlight.delete(event.requestId));
  }

  reset(): void {
    this.bytes = 0;
    this.requests = 0;
  }

  /** Waits until no request has been in flight for half a second (lazy chunks, prefetches). */
  async settle(): Promise<void> {
    let quietSince = performance.now();
    const deadline = performance.now() + 30_000;
    while (performance.now() < deadline) {
      if (this.inFlight.size > 0) quietSince = performance.now();
      else if (performance.now() - quietSince > 500) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

interface Step {
  ms: number;
  bytes: number;
  requests: number;
}

interface Script {
  url: string;
  bytes: number;
}

interface Run {
  steps: Record<string, Step>;
  /** When the login form entered the page, in ms since the navigation started (page clock). */
  formShown: { first: number; repeat: number };
  /** Scripts requested before the login form showed: what the first route needs. */
  firstRouteScripts: Script[];
  /** Scripts fetched after it, while the browser is idle (the signed-in frame, prefetched). */
  prefetchedScripts: Script[];
  loginLabel: string;
}

/**
 * Runs in the page before its own scripts: notes when the login form enters the document
 * (ms since the navigation started), so the first route's scripts are told from later ones.
 */
const MARK_LOGIN_FORM = `
  window.__loginFormAt = null;
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="login-submit"]')) {
      window.__loginFormAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** What the page itself saw: when the form appeared, and the scripts it fetched (Resource Timing). */
const READ_PAGE_TIMING = `({
  formAt: window.__loginFormAt,
  scripts: performance.getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
    .map((entry) => ({ url: entry.name, bytes: entry.transferSize, startTime: entry.startTime })),
})`;

interface PageTiming {
  formAt: number | null;
  scripts: (Script & { startTime: number })[];
}

async function phonePage(browser: Browser): Promise<{ page: Page; traffic: Traffic }> {
  const context = await browser.newContext({
    locale: 'fr-BE',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  await context.addInitScript(MARK_LOGIN_FORM);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1_000_000) / 8,
    uploadThroughput: (750 * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { page, traffic: new Traffic(cdp) };
}

/** Runs `act`, waits for `testId` to show, and counts the time and the traffic until quiet. */
async function step(
  page: Page,
  traffic: Traffic,
  act: () => Promise<unknown>,
  testId: string,
): Promise<Step> {
  traffic.reset();
  const started = performance.now();
  await act();
  await page.getByTestId(testId).waitFor({ state: 'visible', timeout: 120_000 });
  const ms = performance.now() - started;
  await traffic.settle();
  return { ms, bytes: traffic.bytes, requests: traffic.requests };
}

async function visit(browser: Browser, baseUrl: string): Promise<Run> {
  const { page, traffic } = await phonePage(browser);
  const steps: Record<string, Step> = {};
  try {
    const open = () => page.goto(`${baseUrl}/login`, { waitUntil: 'commit' });
    steps['first visit: login page'] = await step(page, traffic, open, 'login-submit');
    const timing = (await page.evaluate(READ_PAGE_TIMING)) as PageTiming;
    const formAt = timing.formAt ?? Infinity;
    const firstRouteScripts = timing.scripts.filter((s) => s.startTime < formAt);
    const prefetchedScripts = timing.scripts.filter((s) => s.startTime >= formAt);
    const loginLabel = (await page.getByTestId('login-submit').textContent()) ?? '';
    steps['repeat visit: login page'] = await step(page, traffic, open, 'login-submit');
    const repeat = (await page.evaluate(READ_PAGE_TIMING)) as PageTiming;
    const formShown = { first: formAt, repeat: repeat.formAt ?? Infinity };
    steps['log in → dashboard'] = await step(
      page,
      traffic,
      async () => {
        await page.getByTestId('login-email').fill(account.email);
        await page.getByTestId('login-password').fill(account.password);
        await page.getByTestId('login-submit').tap();
      },
      'dashboard-title',
    );
    steps['invoice list'] = await step(
      page,
      traffic,
      () => page.getByTestId('tab-invoices').tap(),
      'invoices-new',
    );
    steps['new invoice'] = await step(
      page,
      traffic,
      () => page.getByTestId('invoices-new').tap(),
      'document-save',
    );
    return { steps, formShown, firstRouteScripts, prefetchedScripts, loginLabel };
  } finally {
    await page.context().close();
  }
}

/** Sizes of the first route's scripts as files in dist/web: raw, gzip -9 and brotli q11. */
function compressedSizes(urls: string[]): { raw: number; gzip: number; brotli: number } {
  const sizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const url of urls) {
    const file = path.join(webRoot, new URL(url).pathname);
    if (!fs.existsSync(file)) continue;
    const body = fs.readFileSync(file);
    sizes.raw += body.length;
    sizes.gzip += zlib.gzipSync(body, { level: 9 }).length;
    sizes.brotli += zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return sizes;
}

export async function webPhoneBenchmark(): Promise<void> {
  console.log(
    '\n## Web app on a phone (Chromium, 1.6 Mbps / 750 kbps, 150 ms, CPU 4×; ' +
      `median of ${RUNS} runs)`,
  );
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) {
    line('web app', 'skipped: not built (npm run build)');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-bench-web-'));
  const proc = await startProcess(server, { FACTO_DATA_DIR: dir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  try {
    await sessionCookie(proc.url, account);
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await visit(browser, proc.url));
    for (const label of Object.keys(runs[0]?.steps ?? {})) {
      const of = (pick: (s: Step) => number) =>
        median(runs.flatMap((r) => (r.steps[label] ? [pick(r.steps[label])] : [])));
      line(
        label,
        `${Math.round(of((s) => s.ms))} ms, ${kb(of((s) => s.bytes))} in ${of((s) => s.requests)} requests`,
      );
    }
    for (const visit of ['first', 'repeat'] as const)
      line(
        `${visit} visit: login form in the page (page clock)`,
        `${Math.round(median(runs.map((r) => r.formShown[visit])))} ms after navigation start`,
      );
    const scripts = runs[0]?.firstRouteScripts ?? [];
    const sizes = compressedSizes(scripts.map((s) => s.url));
    line(
      "first route's JavaScript",
      `${scripts.length} files, ${kb(sizes.raw)} raw, ` +
        `${kb(scripts.reduce((sum, s) => sum + s.bytes, 0))} transferred`,
    );
    line(
      "first route's JavaScript compressed",
      `gzip ${kb(sizes.gzip)}, brotli ${kb(sizes.brotli)} (target <= 200 KB)`,
    );
    const prefetched = runs[0]?.prefetchedScripts ?? [];
    line(
      'prefetched once the login page is idle',
      `${prefetched.length} files, ${kb(prefetched.reduce((sum, s) => sum + s.bytes, 0))} transferred`,
    );
    line('login button on first paint (locale fr-BE)', JSON.stringify(runs[0]?.loginLabel));
  } finally {
    await browser.close();
    await stopProcess(proc);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await webPhoneBenchmark();
