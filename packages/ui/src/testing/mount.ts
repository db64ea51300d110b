// For components that do something (keep state, answer a click): the test's entry module is bundled with esbuild and
// run in the page, so React renders and updates the component in real Chromium, as in the apps.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
// GOV.UK Frontend's styles and this package's own, as the apps load them.
const govukCss =
  readFileSync(require.resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css'), 'utf8') +
  readFileSync(new URL('../styles.css', import.meta.url), 'utf8');
const testingDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Shows what `entry` renders, live: `entry` is TSX that imports from `../…` (this package's src) and calls
 * `show(<Element />)` from `./show.tsx`.
 */
export async function mountInPage(browser: Browser, entry: string, width = 390): Promise<Page> {
  const bundle = await build({
    stdin: { contents: entry, loader: 'tsx', resolveDir: testingDir, sourcefile: 'entry.tsx' },
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent(
    `<!doctype html><html lang="en" class="govuk-template"><head><title>Component</title><style>${govukCss}</style></head>` +
      `<body class="govuk-template__body govuk-frontend-supported"><main class="govuk-main-wrapper" id="main"><h1 class="govuk-heading-xl">Page</h1><div id="root"></div></main></body></html>`,
  );
  await page.addScriptTag({ content: script });
  await page.locator('#root > *').first().waitFor();
  if (errors.length) throw new Error(errors.join('\n'));
  return page;
}
