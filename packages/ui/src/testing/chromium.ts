// Components checked in real Chromium (Debian's, driven by playwright-core): rendered to HTML as the server would,
// shown with GOV.UK Frontend's styles, and checked with axe-core's WCAG 2.2 A and AA rules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// GOV.UK Frontend's styles and this package's own, as the apps load them.
const govukCss =
  readFileSync(require.resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css'), 'utf8') +
  readFileSync(new URL('../styles.css', import.meta.url), 'utf8');
// eslint-disable-next-line no-restricted-syntax -- a test helper: where Debian's Chromium lives can be told
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

/** Shows the element in a GOV.UK page of its own, as the apps would, and returns the page. */
export async function showInPage(browser: Browser, element: ReactElement, width = 390): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const body = renderToStaticMarkup(element);
  await page.setContent(
    `<!doctype html><html lang="en" class="govuk-template"><head><title>Component</title><style>${govukCss}</style></head>` +
      `<body class="govuk-template__body"><main class="govuk-main-wrapper" id="main"><h1 class="govuk-heading-xl">Page</h1>${body}</main></body></html>`,
  );
  return page;
}

export interface AxeViolation {
  id: string;
  help: string;
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help }));
  });
}

/** The page's headings in order, as "h2 Title", so an outline can be compared. */
export function outline(page: Page): Promise<string[]> {
  return page.$$eval('main :is(h1,h2,h3,h4,h5,h6)', (headings) =>
    headings.map((h) => `${h.tagName.toLowerCase()} ${h.textContent?.trim() ?? ''}`),
  );
}
