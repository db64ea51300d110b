// Prints Lighthouse 12.2.3's four scores and paint figures (mobile, simulated slow 4G, Debian's Chromium) for the
// public pages: the home page (published reports), a published report and an area's page (issue 20's targets:
// ≥ 95 in every category, largest contentful paint < 2.5 s, layout shift < 0.1), and for the inspector app's
// sign-in page (≥ 90 for performance), with whether each meets its targets and what Lighthouse says holds it back,
// and the bytes of stylesheets and scripts each page loads with the part it never used (unused-bytes.ts).
// It runs against the production start (`pnpm start`: the API serving the built apps, embedded database with the
// reference data), started here on a free port in a fresh data folder, or against BENCH_URL when that is set.
// Build the apps first: npx -y pnpm@12.21.0 exec turbo run build --filter=@scrutiny/board --filter=@scrutiny/inspector
// Run: npx -y pnpm@12.21.0 --filter @scrutiny/bench run bench:lighthouse
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BENCH_URL, CHROMIUM_PATH, LIGHTHOUSE_RUNS } from './env.ts';
import { pageUsage, type PageUsage } from './unused-bytes.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Each page with issue 20's targets: the least score in each category, and the paint and shift bounds. */
interface MeasuredPage {
  name: string;
  path: string;
  least: Partial<Record<(typeof CATEGORIES)[number], number>>;
}
const PUBLIC_TARGETS = { performance: 95, accessibility: 95, 'best-practices': 95, seo: 95 };
const PAGES: MeasuredPage[] = [
  { name: 'public home', path: '/', least: PUBLIC_TARGETS },
  { name: 'West Midlands 2005 report', path: '/reports/wmpa-2005-follow-up', least: PUBLIC_TARGETS },
  { name: 'West Midlands area page', path: '/areas/wmpa', least: PUBLIC_TARGETS },
  // The inspector app's first page for someone not signed in: its sign-in page (at least 90 for performance).
  { name: 'inspector sign-in', path: '/inspector/', least: { performance: 90 } },
];
/** Every page: largest contentful paint and cumulative layout shift bounds. */
const LCP_BOUND_MS = 2500;
const CLS_BOUND = 0.1;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `pnpm start`'s server (apps/api `start:demo`), in its own process as in production. */
async function startProduction(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'scrutiny-lighthouse-'));
  const apiDir = fileURLToPath(new URL('../apps/api', import.meta.url));
  const child: ChildProcess = spawn('npx', ['tsx', 'src/cli/demo.ts'], {
    cwd: apiDir,
    env: { ...process.env, PORT: String(port), SCRUTINY_DATA_DIR: dataDir, SCRUTINY_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server stopped (exit ${child.exitCode})`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not become ready within 5 minutes');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return {
    url,
    stop: () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      setTimeout(() => rmSync(dataDir, { recursive: true, force: true }), 2000).unref();
    },
  };
}

interface Figures {
  scores: Record<(typeof CATEGORIES)[number], number>;
  fcp: number;
  lcp: number;
  cls: number;
  tbt: number;
  bytes: number;
  /** Stylesheets and scripts sent, and how much of each the page never used. */
  usage: PageUsage;
  /** What Lighthouse says holds the performance score back, one line each. */
  findings: string[];
}

/** The performance audits that did not pass, with what they would save, and the largest paint's element. */
function findingsOf(lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']): string[] {
  const ids = lhr.categories.performance?.auditRefs.map((ref) => ref.id) ?? [];
  const findings = ids
    .map((id) => lhr.audits[id])
    .filter((a) => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
    .map((a) => `${a!.title}${a!.displayValue ? ` (${a!.displayValue})` : ''}`);
  const lcp = lhr.audits['largest-contentful-paint-element']?.details;
  if (lcp && 'items' in lcp) {
    const node = JSON.stringify(lcp.items[0] ?? '').match(/"snippet":"((?:[^"\\]|\\.)*)"/)?.[1];
    if (node) findings.push(`largest paint: ${node.slice(0, 120)}`);
  }
  const shifts = lhr.audits['layout-shifts']?.details;
  if (shifts && 'items' in shifts) {
    for (const item of shifts.items.slice(0, 3)) {
      const node = JSON.stringify(item).match(/"snippet":"((?:[^"\\]|\\.)*)"/)?.[1];
      if (node) findings.push(`layout shift ${Number(item.score ?? 0).toFixed(3)}: ${node.slice(0, 120)}`);
    }
  }
  return findings;
}

async function audit(url: string, port: number): Promise<Figures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    formFactor: 'mobile',
    throttlingMethod: 'simulate',
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    tbt: numeric('total-blocking-time'),
    bytes: numeric('total-byte-weight'),
    usage: pageUsage(result),
    findings: findingsOf(lhr),
  };
}

/** Bytes sent and, in brackets, the part the page never used. */
function kib(usage: PageUsage['css']): string {
  return `${(usage.sent / 1024).toFixed(1)} KiB (${(usage.unused / 1024).toFixed(1)})`;
}

/** "met", or which of the page's targets it missed. */
function missedTargets(page: MeasuredPage, f: Figures): string {
  const missed: string[] = CATEGORIES.filter((c) => f.scores[c] < (page.least[c] ?? 0));
  if (f.lcp >= LCP_BOUND_MS) missed.push('largest paint');
  if (f.cls >= CLS_BOUND) missed.push('layout shift');
  return missed.length ? `missed: ${missed.join(', ')}` : 'met';
}

const server = BENCH_URL ? { url: BENCH_URL, stop: () => undefined } : await startProduction();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  console.log(`Lighthouse 12.2.3, mobile, simulated slow 4G, against ${server.url}\n`);
  console.log(
    '| page | run | performance | accessibility | best practices | SEO | first paint | largest paint | layout shift | blocking | bytes | CSS (unused) | JS (unused) | targets |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  // A page is made at publication and its compressed copy at its first request: ask for each once beforehand, as
  // a server that has been running a while has them, so the figures are of serving a page, not of making it.
  for (const page of PAGES) await fetch(`${server.url}${page.path}`, { headers: { 'accept-encoding': 'br' } });
  const findings: string[] = [];
  for (const page of PAGES) {
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
      const f = await audit(`${server.url}${page.path}`, chrome.port);
      if (run === 1) findings.push(`${page.name}: ${f.findings.length ? f.findings.join('; ') : 'nothing'}`);
      console.log(
        `| ${page.name} | ${run} | ${f.scores.performance} | ${f.scores.accessibility} | ${f.scores['best-practices']} | ${f.scores.seo} | ` +
          `${(f.fcp / 1000).toFixed(1)} s | ${(f.lcp / 1000).toFixed(1)} s | ${f.cls.toFixed(3)} | ${Math.round(f.tbt)} ms | ` +
          `${Math.round(f.bytes / 1024)} KiB | ${kib(f.usage.css)} | ${kib(f.usage.js)} | ${missedTargets(page, f)} |`,
      );
    }
  }
  console.log(`\nWhat holds performance back (first run):\n${findings.map((line) => `- ${line}`).join('\n')}`);
} finally {
  chrome.kill();
  server.stop();
}
