// An administrator creates an API token in the inspector app, a third party uses it against /graphql, the
// administrator revokes it, and the holder's next request is refused: by keyboard alone, with zero axe violations.
// The server runs as in production (SCRUTINY_TRUSTED_DOCUMENTS=require), and every request the signed-in app sends
// names a trusted document rather than carrying its text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { PASSWORD, expectNoAxeViolations } from './inspector-pages.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;

beforeAll(async () => {
  scrutiny = await startScrutiny({ trustedDocuments: 'require' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

/** Presses Tab until the focused element passes the check (a JavaScript expression over `el`). */
async function tabTo(page: Page, check: string, limit = 100): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`((el) => Boolean(el && (${check})))(document.activeElement)`)) return;
  }
  throw new Error(`focus never reached ${check} by Tab`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function asHolder(token: string) {
  const response = await fetch(`${scrutiny.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ inspections(publishedOnly: true, first: 5) { edges { node { year } } } }' }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: { inspections: { edges: unknown[] } }; errors?: unknown[] },
  };
}

describe('API tokens', () => {
  it('creates a token, which works from outside, and revokes it, after which it is refused', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sent: { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: string } } }[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST')
        sent.push(JSON.parse(request.postData() ?? '{}') as (typeof sent)[number]);
    });

    // Sign in by keyboard.
    await page.goto(`${scrutiny.url}/inspector/`);
    await tabTo(page, "el.id === 'email'");
    await page.keyboard.type(DEMO_EMAILS.administrator);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await expectNoAxeViolations(page, axeViolations);

    // From the header, to the API tokens page.
    await tabTo(page, "el.textContent === 'API tokens' && el.closest('header')");
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    await page.getByText('No API tokens have been created.').waitFor();
    await expectNoAxeViolations(page, axeViolations);

    // Creating without a name or a scope: the error summary, focused, links to each field.
    await tabTo(page, "el.id === 'token-scopes'");
    await page.keyboard.press('Space'); // unticks the scope ticked by default
    await tabTo(page, "el.type === 'submit'");
    await page.keyboard.press('Enter');
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('Enter who or what the token is for').waitFor();
    await summary.getByText('Choose at least one thing the token may do').waitFor();
    await expect(page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).resolves.toBe(
      true,
    );
    await expect(page.title()).resolves.toBe('Error: API tokens – Scrutiny');
    await expectNoAxeViolations(page, axeViolations);
    await tabTo(page, "el.textContent === 'Enter who or what the token is for'");
    await page.keyboard.press('Enter');
    await expect(focusedId(page)).resolves.toBe('token-name');
    await page.keyboard.type('Open data portal');
    await tabTo(page, "el.id === 'token-scopes'");
    await page.keyboard.press('Space');
    await tabTo(page, "el.type === 'submit'");
    await page.keyboard.press('Enter');

    // The secret is shown once, focused, with how to copy it.
    await page.getByRole('heading', { name: 'Token “Open data portal” created' }).waitFor();
    await page.getByText('It will not be shown again').waitFor();
    const secret = await page.getByLabel('The token').inputValue();
    expect(secret).toMatch(/^scr_/);
    const row = page.getByRole('row', { name: /Open data portal/ });
    await expect(row.innerText()).resolves.toMatch(/Read published inspections[\s\S]*Admin[\s\S]*Never[\s\S]*Active/);
    await expectNoAxeViolations(page, axeViolations);

    // A third party uses it.
    const used = await asHolder(secret);
    expect(used.status).toBe(200);
    expect(used.body.errors).toBeUndefined();
    expect(used.body.data?.inspections.edges.length).toBeGreaterThan(0);

    // The administrator revokes it, after confirming.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    await expect(row.innerText()).resolves.not.toMatch(/Never/); // last used just now
    await expect(page.getByLabel('The token').count()).resolves.toBe(0); // shown once only
    await tabTo(page, "el.id.startsWith('revoke-')");
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Revoke the token “Open data portal”?' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Revoke the token “Open data portal”?',
    );
    await expectNoAxeViolations(page, axeViolations);
    // Still usable until confirmed.
    expect((await asHolder(secret)).status).toBe(200);
    await tabTo(page, "el.textContent === 'Yes, revoke it'");
    await page.keyboard.press('Enter');
    await page.getByText('The token “Open data portal” is revoked').waitFor();
    await expect(row.innerText()).resolves.toMatch(/Revoked/);
    await expect(row.getByRole('button').count()).resolves.toBe(0);
    await expectNoAxeViolations(page, axeViolations);

    const refused = await asHolder(secret);
    expect(refused.status).toBe(401);
    expect(refused.body.data ?? null).toBeNull();

    // Every request the app sent named a trusted document by its hash, never the text.
    expect(sent.length).toBeGreaterThan(5);
    for (const body of sent) {
      expect(body.query).toBeUndefined();
      expect(body.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    }
    await context.close();
  });
});
