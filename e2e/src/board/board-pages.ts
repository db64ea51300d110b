// Shared steps of the board app's browser tests.
import type { Page } from 'playwright-core';
import { axeViolations } from '../browser.ts';
import { submitSignIn } from '../sign-in.ts';

/** Waits for the app to have fetched and rendered the page's main heading. */
export async function heading(page: Page): Promise<string> {
  const h1 = page.locator('main h1');
  await h1.first().waitFor();
  return (await h1.first().innerText()).trim();
}

/**
 * Opens the West Midlands 2005 follow-up from the public home page, as a visitor does, and waits for the report
 * itself: the address changes before the report's page has loaded, while the home page's heading still shows.
 */
export async function openWestMidlands2005(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page
    .getByRole('region', { name: 'West Midlands Probation Area' })
    .getByRole('link', { name: /Follow-up inspection 2005/ })
    .click();
  await page.waitForURL(/\/reports\//);
  await page.locator('main h1', { hasNotText: 'Published inspections' }).first().waitFor();
}

/** The axe violations as "rule: targets" lines, so a failing assertion says what is wrong. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.locator('main h1').first().waitFor();
  const violations = await axeViolations(page);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Signs in through the sign-in page and waits for the area page. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await submitSignIn(page, email, password);
  await areaPageShown(page, baseUrl);
}

/** After signing in: the address changes first, while the sign-in page's heading may still show. */
export async function areaPageShown(page: Page, baseUrl: string): Promise<void> {
  await page.waitForURL(`${baseUrl}/area`);
  await page.locator('main h1', { hasNotText: 'Sign in' }).first().waitFor();
}

/** Calls the GraphQL API directly (outside the browser) as the holder of `cookie`, or anonymously. */
export async function callApi<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<{ data: T; cookie?: string }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-scrutiny-client': 'e2e',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  const setCookie = response.headers.get('set-cookie')?.split(';')[0];
  return { data: body.data, ...(setCookie ? { cookie: setCookie } : {}) };
}
