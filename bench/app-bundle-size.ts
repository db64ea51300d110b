// Prints each app's first load as sent over the wire against the 150 KB target: index.html, the stylesheets and
// scripts it loads, their modulepreloads, and every module those import statically (dynamic import() is left out:
// it loads later, when a page needs it). Sizes are of the .br and .gz files the build writes beside each asset,
// which the API sends as they are (a file without them goes raw, and is flagged). Builds an app first if it has no
// dist, or every app with --build.
// Run: npx -y pnpm@12.21.0 --filter @scrutiny/bench run bench:bundle [-- --build]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGET_BYTES = 150 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const apps = [
  { name: 'inspector', package: '@scrutiny/inspector', dist: join(root, 'apps/inspector/dist'), base: '/inspector/' },
  { name: 'board', package: '@scrutiny/board', dist: join(root, 'apps/board/dist'), base: '/' },
];

interface Script {
  path: string;
  raw: number;
  gzip: number;
  brotli: number;
  /** Whether the build wrote its .br and .gz copies. */
  precompressed: boolean;
}

function build(pkg: string): void {
  console.log(`building ${pkg}…`);
  const result = spawnSync('npx', ['-y', 'pnpm@12.21.0', 'exec', 'turbo', 'run', 'build', `--filter=${pkg}`], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`the build of ${pkg} failed`);
}

/** The scripts and modulepreloads index.html names, as paths inside the site (e.g. /inspector/assets/x.js). */
function entryScripts(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel\s*=\s*["']?stylesheet/i.test(tag)) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (href) found.push(href);
  }
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (src) found.push(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel\s*=\s*["']?modulepreload/i.test(tag)) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (href) found.push(href);
  }
  return found;
}

// Static `import … from "x"`, bare `import "x"` and `export … from "x"` as minifiers write them; not `import("x")`.
const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

function staticImports(code: string, from: string): string[] {
  const imports: string[] = [];
  for (const match of code.matchAll(STATIC_IMPORT)) {
    const specifier = match[1]!;
    if (specifier.startsWith('.') || specifier.startsWith('/'))
      imports.push(specifier.startsWith('/') ? specifier : posix.join(posix.dirname(from), specifier));
  }
  return imports;
}

function firstLoad(app: (typeof apps)[number]): Script[] {
  const html = readFileSync(join(app.dist, 'index.html'), 'utf8');
  const pending = [`${app.base}index.html`, ...entryScripts(html)];
  const seen = new Set<string>();
  const scripts: Script[] = [];
  while (pending.length > 0) {
    const path = pending.shift()!;
    if (seen.has(path) || /^[a-z]+:\/\//i.test(path)) continue;
    seen.add(path);
    const file = join(app.dist, path.startsWith(app.base) ? path.slice(app.base.length) : path.replace(/^\//, ''));
    if (!existsSync(file)) throw new Error(`${app.name}: index.html loads ${path}, which is not in dist`);
    const bytes = readFileSync(file);
    const sent = (suffix: string) => (existsSync(file + suffix) ? statSync(file + suffix).size : bytes.length);
    scripts.push({
      path,
      raw: bytes.length,
      gzip: sent('.gz'),
      brotli: sent('.br'),
      precompressed: existsSync(`${file}.br`) && existsSync(`${file}.gz`),
    });
    if (path.endsWith('.js')) pending.push(...staticImports(bytes.toString('utf8'), path));
  }
  return scripts;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);

const rebuild = process.argv.includes('--build');
let over = false;
for (const app of apps) {
  if (rebuild || !existsSync(join(app.dist, 'index.html'))) build(app.package);
  const scripts = firstLoad(app);
  const total = scripts.reduce(
    (sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  console.log(`\n${app.name} app: first load over the wire (${scripts.length} file${scripts.length === 1 ? '' : 's'})`);
  console.log(`  ${'file'.padEnd(48)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
  for (const s of scripts)
    console.log(
      `  ${s.path.padEnd(48)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}${s.precompressed ? '' : '  (not pre-compressed: sent raw)'}`,
    );
  console.log(`  ${'total'.padEnd(48)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
  for (const [method, bytes] of [
    ['gzip', total.gzip],
    ['brotli', total.brotli],
  ] as const) {
    const within = bytes <= TARGET_BYTES;
    if (!within) over = true;
    console.log(
      `  ${method.padEnd(7)} ${kb(bytes).trim()} of the ${kb(TARGET_BYTES).trim()} target: ` +
        `${within ? `within, ${kb(TARGET_BYTES - bytes).trim()} to spare` : `OVER by ${kb(bytes - TARGET_BYTES).trim()}`}`,
    );
  }
}
console.log(over ? '\nAt least one app is over the target.' : '\nBoth apps are within the target.');
