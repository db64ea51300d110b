// Issue 15, item 6: every page of both apps fits a 390 px wide phone with no horizontal scrolling (WCAG 1.4.10
// reflow): wide tables scroll inside their own labelled region, long links wrap, and the menus collapse behind a
// "Menu" button. Each page is opened as the person who uses it; axe still finds nothing at this width.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { axeViolations, launchChromium } from './browser.ts';
import { startScrutiny, type RunningScrutiny } from './scrutiny.ts';
import { submitSignIn } from './sign-in.ts';

const WIDTH = 390;
let scrutiny: RunningScrutiny;
let browser: Browser;
const ids: Record<string, string> = {};

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 844 }, deviceScaleFactor: 1 });
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, start: string, email: string): Promise<void> {
  await page.goto(start);
  await submitSignIn(page, email);
  await page.locator('main h1', { hasNotText: 'Sign in' }).first().waitFor();
}

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-scrutiny-client': 'app' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: unknown; errors?: unknown };
    },
    { query, variables },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

interface Measured {
  path: string;
  scrollWidth: number;
  /** The innermost elements reaching past the screen's edge, for a failure's message. */
  overflowing: string[];
  axe: string[];
}

/** Opens each path (inside the site), waits for its heading and content, and measures it. */
async function measure(page: Page, paths: readonly string[]): Promise<Measured[]> {
  const measured: Measured[] = [];
  for (const path of paths) {
    await page.goto(`${scrutiny.url}${path}`);
    await page
      .locator('main h1', { hasNotText: /^Loading/ })
      .first()
      .waitFor();
    // Let the page's queries land (tables, charts) before measuring.
    await page.waitForTimeout(800);
    await page
      .locator('main', { hasNotText: /^Loading…$/ })
      .first()
      .waitFor();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const overflowing = await page.evaluate((width) => {
      const past = [...document.body.querySelectorAll('*')].filter(
        (el) => el.getBoundingClientRect().right > width + 0.5,
      );
      return past
        .filter((el) => !past.some((other) => other !== el && el.contains(other)))
        .slice(0, 4)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`,
        );
    }, WIDTH);
    const violations = await axeViolations(page);
    measured.push({
      path,
      scrollWidth,
      overflowing,
      axe: violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    });
  }
  return measured;
}

function expectAllFit(measured: readonly Measured[]) {
  expect(
    measured
      .filter((m) => m.scrollWidth > WIDTH)
      .map((m) => `${m.path}: ${m.scrollWidth} px (${m.overflowing.join(', ')})`),
  ).toEqual([]);
  expect(measured.filter((m) => m.axe.length > 0).map((m) => `${m.path}: ${m.axe.join('; ')}`)).toEqual([]);
}

beforeAll(async () => {
  scrutiny = await startScrutiny();
  browser = await launchChromium();
  const { context, page } = await phone();
  await signIn(page, `${scrutiny.url}/inspector/`, DEMO_EMAILS.inspector);
  const found = await gql<{
    inspections: { edges: { node: { id: string; year: number; status: string; area: { code: string } } }[] };
  }>(page, '{ inspections(first: 100) { edges { node { id year status area { code } } } } }');
  const all = found.inspections.edges.map((e) => e.node);
  ids.demo2006 = all.find((i) => i.year === 2006 && i.area.code === 'WMPA')!.id;
  ids.published = all.find((i) => i.year === 2005 && i.area.code === 'WMPA')!.id;
  const files = await gql<{ inspection: { caseFiles: { edges: { node: { id: string; reference: string } }[] } } }>(
    page,
    'query ($id: ID!) { inspection(id: $id) { caseFiles(first: 50) { edges { node { id reference } } } } }',
    { id: ids.demo2006 },
  );
  ids.caseFile = files.inspection.caseFiles.edges.find((e) => e.node.reference === 'WM06-001')!.node.id;
  await context.close();
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

const inspection = (rest = '') => `/inspector/inspections/${encodeURIComponent(ids.demo2006!)}${rest}`;

describe('issue 15 item 6: every page fits 390 px', () => {
  it('the board app and the public report, signed out and as a board member', async () => {
    const { context, page } = await phone();
    const signedOut = await measure(page, [
      '/',
      `/reports/${encodeURIComponent(ids.published!)}`,
      '/sign-in',
      '/no-such-page',
    ]);
    await signIn(page, `${scrutiny.url}/sign-in`, DEMO_EMAILS.westMidlandsBoardMember);
    expectAllFit([
      ...signedOut,
      ...(await measure(page, [
        '/area',
        '/area/recommendations',
        `/area/factual-accuracy/${encodeURIComponent(ids.demo2006!)}`,
      ])),
    ]);
    await context.close();
  });

  it('the board app\'s menu collapses behind a "Menu" button that opens it', async () => {
    const { context, page } = await phone();
    await signIn(page, `${scrutiny.url}/sign-in`, DEMO_EMAILS.westMidlandsBoardMember);
    const toggle = page.getByRole('button', { name: 'Menu' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.getByRole('link', { name: 'Recommendations' }).first().isVisible()).resolves.toBe(false);
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.getByRole('navigation').getByRole('link').first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('the inspector app, as an assessor', async () => {
    const { context, page } = await phone();
    await signIn(page, `${scrutiny.url}/inspector/`, DEMO_EMAILS.westMidlandsAssessorA);
    expectAllFit(
      await measure(page, [
        '/inspector/',
        `/inspector/case-files/${encodeURIComponent(ids.caseFile!)}`,
        `/inspector/case-files/${encodeURIComponent(ids.caseFile!)}/check`,
        '/inspector/account',
      ]),
    );
    await context.close();
  });

  it('the inspector app, as an inspector', async () => {
    const { context, page } = await phone();
    const signedOut = await measure(page, ['/inspector/']);
    await signIn(page, `${scrutiny.url}/inspector/`, DEMO_EMAILS.inspector);
    expectAllFit([
      ...signedOut,
      ...(await measure(page, [
        '/inspector/',
        inspection(),
        inspection('/plan'),
        inspection('/sample'),
        inspection('/validation'),
        inspection('/scores'),
        inspection('/audit'),
        inspection('/evidence'),
        inspection('/findings'),
        inspection('/findings/B1'),
        inspection('/report'),
        inspection('/report/preview'),
        inspection('/confirm/end-fieldwork'),
        inspection('/move-back'),
        `/inspector/case-files/${encodeURIComponent(ids.caseFile!)}/validation`,
        '/inspector/inspections/new',
        '/inspector/no-such-page',
      ])),
    ]);
    await context.close();
  });

  it('the inspector app, as a chief inspector, an information manager and an administrator', async () => {
    const measured: Measured[] = [];
    for (const [email, paths] of [
      [
        DEMO_EMAILS.assistantChiefInspector,
        [
          '/inspector/admin/personal-data',
          `/inspector/admin/personal-data/erase/${encodeURIComponent(ids.published!)}`,
          `/inspector/inspections/${encodeURIComponent(ids.published!)}`,
          '/inspector/programme',
        ],
      ],
      [DEMO_EMAILS.informationManager, ['/inspector/personal-data/subject-access']],
      [
        DEMO_EMAILS.administrator,
        [
          '/inspector/',
          '/inspector/admin/api-tokens',
          '/inspector/admin/frameworks',
          // Tables whose actions carry GOV.UK's visually hidden text (610 px wide before their regions held it).
          '/inspector/admin/areas',
          '/inspector/admin/people',
          '/inspector/account',
        ],
      ],
    ] as const) {
      const { context, page } = await phone();
      await signIn(page, `${scrutiny.url}/inspector/`, email);
      measured.push(...(await measure(page, paths)));
      await context.close();
    }
    expectAllFit(measured);
  });
});
