// What the inspector app's tests do often: sign in, open a case file, find a question and its save state.
import { expect } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { submitSignIn } from '../sign-in.ts';

export const PASSWORD = 'scrutiny-demo';
export const NEIL = 'neil.appleby@wmpa.example';
export const CHIEF_INSPECTOR = 'john.hutchings@hmiprobation.example';

export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  email: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/inspector/`);
  await submitSignIn(page, email, PASSWORD);
  await page.getByRole('heading', { level: 1, name: /My (case files|inspections)/ }).waitFor();
  return { context, page };
}

export async function openCaseFile(page: Page, reference: string): Promise<void> {
  await page.getByRole('link', { name: reference, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Case file ${reference}` }).waitFor();
  // The questions show once their answer options have loaded too.
  await page.getByTestId('assessment-progress').waitFor();
}

/** The nth question on the page that can be answered (a fieldset of radios), from 0. */
export function question(page: Page, n: number): Locator {
  return page.locator('.app-question:has(fieldset)').nth(n);
}

export async function questionText(q: Locator): Promise<string> {
  return (await q.locator('legend').innerText()).trim();
}

export async function expectStatus(q: Locator, text: string, timeout = 20_000): Promise<void> {
  await q.locator('[id$="-status"]').getByText(text, { exact: true }).waitFor({ timeout });
}

export async function checkedValue(q: Locator): Promise<string | null> {
  const checked = q.locator('input[type=radio]:checked');
  return (await checked.count()) === 0 ? null : checked.getAttribute('value');
}

export async function expectNoAxeViolations(
  page: Page,
  axe: (page: Page) => Promise<{ id: string; nodes: { target: string[] }[] }[]>,
): Promise<void> {
  const violations = await axe(page);
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Plans the inspection through the API (the planning screens have their own test: plan.e2e.test.ts). */
export async function planInspection(page: Page, title = 'Effective Supervision Inspection 2007'): Promise<string> {
  return page.evaluate(async (title) => {
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-scrutiny-client': 'app' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data: Record<string, unknown> };
    };
    const ids = (await gql('{ area(code: "WMPA") { id } frameworks { id key } }')).data as {
      area: { id: string };
      frameworks: { id: string; key: string }[];
    };
    const created = (
      await gql(
        'mutation ($input: MutationCreateInspectionInput!) { createInspection(input: $input) { ... on MutationCreateInspectionSuccess { data { id } } } }',
        {
          input: {
            areaId: ids.area.id,
            frameworkId: ids.frameworks.find((f) => f.key === 'esi')!.id,
            kind: 'FULL',
            year: 2007,
            title,
          },
        },
      )
    ).data as { createInspection: { data: { id: string } } };
    return created.createInspection.data.id;
  }, title);
}
