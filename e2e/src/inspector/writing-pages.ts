// What the writing and publishing tests do often: call the API as the signed-in person, move through a page by
// keyboard alone, and find the demo 2006 follow-up.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

export const KATE = 'kate.white@hmiprobation.example';
export const ADMIN_OFFICER = 'junior.rhone@hmiprobation.example';
export const BOARD_MEMBER = 'board.member@wmpa.example';
export const DEMO_2006 = 'Follow-up inspection 2006';

/** One GraphQL request from inside the page, with the session of whoever is signed in there. */
export async function gqlInPage<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
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

/** One GraphQL request from nobody: an anonymous third party. */
export async function gqlAnonymous<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** Moves an inspection along its workflow through the API, as the signed-in person. */
export async function moveInspection(page: Page, inspectionId: string, to: string): Promise<void> {
  const data = await gqlInPage<{ moveInspection: { __typename: string; message?: string } }>(
    page,
    `mutation ($input: MutationMoveInspectionInput!) { moveInspection(input: $input) { __typename ... on Error { message } } }`,
    { input: { inspectionId, to } },
  );
  expect(data.moveInspection.__typename).toBe('MutationMoveInspectionSuccess');
}

async function isFocused(locator: Locator): Promise<boolean> {
  // A short wait: a control that is not on the page is simply not focused yet.
  return locator.evaluate((el) => el === document.activeElement, undefined, { timeout: 1000 }).catch(() => false);
}

/** Presses Tab (as a keyboard user does) until the control has the focus; fails if it never gets there. */
export async function tabTo(page: Page, locator: Locator, most = 150): Promise<void> {
  await locator.waitFor({ timeout: 10_000 });
  for (let i = 0; i < most; i += 1) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${locator.toString()}`);
}

/** The id in the address of the page, after /inspections/. */
export function inspectionIdOf(page: Page): string {
  const match = /\/inspections\/([^/]+)/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`not an inspection's page: ${page.url()}`);
  return decodeURIComponent(match[1]!);
}

/** Opens the demo 2006 follow-up from the signed-in person's inspections, and returns its id. */
export async function openDemo2006(page: Page): Promise<string> {
  await page.getByRole('link', { name: DEMO_2006 }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_2006 }).waitFor();
  return inspectionIdOf(page);
}
