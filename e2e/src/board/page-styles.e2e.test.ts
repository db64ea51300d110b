// Issue 20 item 3: a public page loads only the CSS it uses and none of the signed-in pages' code. The board app's
// styles are built from GOV.UK Frontend's Sass, component by component (apps/board/src/govuk-styles/): the public
// pages' components in the stylesheet the server's HTML links, the forms and banners of signed-in pages in a
// stylesheet that loads with their code. Whatever a page draws must still be styled, and printing a report still
// leaves out the navigation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;

beforeAll(async () => {
  scrutiny = await startScrutiny();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

const REPORT = '/reports/wmpa-2005-follow-up';
const PUBLIC_PAGES = ['/', REPORT, '/areas/wmpa'];
/** The code and styles of the pages only a signed-in person sees (apps/board/src/App.tsx's lazy pages). */
const SIGNED_IN_ASSETS = /\/assets\/(?:SignInPage|AreaPage|RecommendationsPage|FactualAccuracyPage|signed-in-pages)-/;

/** GOV.UK Frontend's whole stylesheet: the classes it styles are the ones a page's stylesheets must style too. */
const wholeGovukCss = readFileSync(
  createRequire(new URL('../../../apps/board/package.json', import.meta.url)).resolve(
    'govuk-frontend/dist/govuk/govuk-frontend.min.css',
  ),
  'utf8',
);
/** `.name` in CSS text, followed by anything but more of a class name (`!` is written `\!` there). */
const classInCss = (name: string) => new RegExp(`\\.${name.replaceAll('!', String.raw`\\!`)}(?![\\w-])`);
/** Styled by GOV.UK Frontend. The body's mark that its scripts may run is left out: only components this app does
 * not draw (accordion, tabs…) read it. */
const styledByGovuk = (name: string) => name !== 'govuk-frontend-supported' && classInCss(name).test(wholeGovukCss);

/** Those of these classes (every GOV.UK class on the page when none are given) that a rule of its stylesheets is for. */
function classesStyled(page: Page, names?: string[]): Promise<string[]> {
  return page.evaluate((names) => {
    const selectors: string[] = [];
    const collect = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
        if ('cssRules' in rule) collect((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) collect(sheet.cssRules);
    const asked =
      names ??
      [...document.querySelectorAll('[class]')].flatMap((element) =>
        [...element.classList].filter((name) => name.startsWith('govuk-')),
      );
    // `.govuk-button` is for the button, `.govuk-button-group` is not.
    const styled = (name: string) =>
      selectors.some((selector) =>
        selector
          .split(`.${CSS.escape(name)}`)
          .slice(1)
          .some((after) => !/^[\w-]/.test(after)),
      );
    return [...new Set(asked)].filter(styled);
  }, names);
}

/** The GOV.UK classes on the page that no rule of its stylesheets is for. */
async function unstyledClasses(page: Page): Promise<string[]> {
  const onPage = await page.evaluate(() =>
    [...document.querySelectorAll('[class]')].flatMap((element) =>
      [...element.classList].filter((name) => name.startsWith('govuk-')),
    ),
  );
  const styled = new Set(await classesStyled(page));
  return [...new Set(onPage)].filter((name) => !styled.has(name));
}

/** Opens a page and returns the stylesheets and scripts it fetched. */
async function visit(page: Page, path: string): Promise<{ styles: string[]; scripts: string[] }> {
  const styles: string[] = [];
  const scripts: string[] = [];
  const listener = (request: { url(): string; resourceType(): string }) => {
    if (request.resourceType() === 'stylesheet') styles.push(new URL(request.url()).pathname);
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  };
  page.on('request', listener);
  await page.goto(`${scrutiny.url}${path}`);
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  return { styles, scripts };
}

describe('a public page', () => {
  it('loads one stylesheet with only the components it draws, styles each, and loads none of the signed-in pages’ code', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of PUBLIC_PAGES) {
      const { styles, scripts } = await visit(page, path);
      expect(styles, path).toHaveLength(1);
      expect(
        [...styles, ...scripts].filter((asset) => SIGNED_IN_ASSETS.test(asset)),
        path,
      ).toEqual([]);
      expect((await unstyledClasses(page)).filter(styledByGovuk), path).toEqual([]);
      // Neither the forms of signed-in pages nor components the app never draws (`.govuk-button` has rules here:
      // the button group object places buttons).
      const notDrawn = ['govuk-input', 'govuk-radios', 'govuk-select', 'govuk-panel', 'govuk-accordion', 'govuk-tabs'];
      expect(await classesStyled(page, notDrawn), path).toEqual([]);
    }
    await context.close();
  });

  it('prints as the report alone: no header, menu or footer, and its tables whole', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${scrutiny.url}${REPORT}`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.govuk-generic-header', '.govuk-service-navigation', '.govuk-footer'])
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    await expect(page.getByRole('table', { name: 'B1 score' }).isVisible()).resolves.toBe(true);
    const overflow = await page
      .locator('.ui-table-scroll')
      .first()
      .evaluate((region) => getComputedStyle(region).overflowX);
    expect(overflow).toBe('visible');
    await context.close();
  });
});

describe('the sign-in page', () => {
  it('loads the signed-in pages’ styles with its code, and its form is styled as GOV.UK Frontend styles it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await visit(page, '/');
    // Reached from a public page as a reader does: the app draws it, loading its code and styles then.
    const later = await (async () => {
      const styles: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'stylesheet') styles.push(new URL(request.url()).pathname);
      });
      await page.getByRole('link', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      return styles;
    })();
    expect(later.filter((sheet) => SIGNED_IN_ASSETS.test(sheet))).toHaveLength(1);
    const button = await page
      .getByRole('button', { name: 'Sign in' })
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    // GOV.UK Frontend 6's button green (#0f7a52); unstyled, a button is grey.
    expect(button).toBe('rgb(15, 122, 82)');
    const input = await page
      .getByLabel('Email address')
      .evaluate((element) => getComputedStyle(element).borderTopWidth);
    expect(input).toBe('2px');
    expect((await unstyledClasses(page)).filter(styledByGovuk)).toEqual([]);
    await context.close();
  });
});
