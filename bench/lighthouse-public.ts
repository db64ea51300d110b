// Prints Lighthouse 12.2.3's four scores and paint figures (mobile, simulated slow 4G, Debian's Chromium) for the
// public pages: the home page (published reports), a published report and an area's page (issue 20's targets:
// ≥ 95 in every category, largest contentful paint < 2.5 s, layout shift < 0.1).
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
import { BENCH_URL, CHROMIUM_PATH } from './env.ts';

const PAGES = [
  { name: 'public home', path: '/' },
  { name: 'West Midlands 2005 report', path: '/reports/wmpa-2005-follow-up' },
  { name: 'West Midlands area page', path: '/areas/wmpa' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

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
  };
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
    '| page | performance | accessibility | best practices | SEO | first paint | largest paint | layout shift | blocking | bytes |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const page of PAGES) {
    const f = await audit(`${server.url}${page.path}`, chrome.port);
    console.log(
      `| ${page.name} | ${f.scores.performance} | ${f.scores.accessibility} | ${f.scores['best-practices']} | ${f.scores.seo} | ` +
        `${(f.fcp / 1000).toFixed(1)} s | ${(f.lcp / 1000).toFixed(1)} s | ${f.cls.toFixed(3)} | ${Math.round(f.tbt)} ms | ` +
        `${Math.round(f.bytes / 1024)} KiB |`,
    );
  }
} finally {
  chrome.kill();
  server.stop();
}
