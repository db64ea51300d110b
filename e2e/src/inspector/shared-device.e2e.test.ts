// Fieldwork on a shared device (issue 15, items 1, 2 and 4): a stale tab of one browser never silently overwrites
// the answer another tab saved (its save is a conflict, shown in that tab as the assessor's own), and signing out
// removes the person's case files kept offline (IndexedDB), while their unsent answers still wait for them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import {
  NEIL,
  PASSWORD,
  checkedValue,
  expectNoAxeViolations,
  expectStatus,
  openCaseFile,
  questionText,
  signedInPage,
} from './inspector-pages.ts';
import { submitSignIn } from '../sign-in.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;
/** A separate session of Neil's that reads what the server holds. */
let checker: Page;

beforeAll(async () => {
  scrutiny = await startScrutiny();
  browser = await launchChromium();
  checker = (await signedInPage(browser, scrutiny.url, NEIL)).page;
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

async function serverValue(caseFileId: string, measureKey: string): Promise<string | null> {
  return checker.evaluate(
    async ({ id, key }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-scrutiny-client': 'app' },
        body: JSON.stringify({
          query: 'query ($id: ID!) { caseFile(id: $id) { answers { measureKey value } } }',
          variables: { id },
        }),
      });
      const json = (await res.json()) as { data?: { caseFile?: { answers: { measureKey: string; value: string }[] } } };
      return json.data?.caseFile?.answers.find((a) => a.measureKey === key)?.value ?? null;
    },
    { id: caseFileId, key: measureKey },
  );
}

const caseFileIdOf = (page: Page) =>
  decodeURIComponent(new URL(page.url()).pathname.split('/').filter(Boolean).at(-1)!);

const inPage = (page: Page, text: string): Locator =>
  page.locator('.app-question').filter({ has: page.getByRole('group', { name: text, exact: true }) });

/** The keys the app holds in its offline store (IndexedDB), or none when it has no store. */
async function offlineKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('scrutiny-inspector-offline')) return [];
    return new Promise<string[]>((resolve, reject) => {
      const request = indexedDB.open('scrutiny-inspector-offline');
      request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('responses')) return resolve([]);
        const keys = db.transaction('responses').objectStore('responses').getAllKeys();
        keys.onsuccess = () => {
          db.close();
          resolve(keys.result.map(String));
        };
      };
    });
  });
}

describe('a stale tab of one browser', () => {
  it('gets the conflict panel, as the assessor’s own answer, never a silent overwrite', async () => {
    const { context, page: one } = await signedInPage(browser, scrutiny.url, NEIL);
    await openCaseFile(one, 'WM06-009');
    const fileUrl = one.url();
    const fileId = caseFileIdOf(one);
    const two = await context.newPage();
    // Tab 2 hears nothing from tab 1 (as a tab the browser froze in the background): no storage events, no channel.
    await two.addInitScript(() => {
      const add = window.addEventListener.bind(window);
      window.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, unknown?]) => {
        if (type !== 'storage') add(type, ...(rest as [EventListenerOrEventListenerObject]));
      }) as typeof window.addEventListener;
      Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
    });
    await two.goto(fileUrl);
    await two.getByTestId('assessment-progress').waitFor();
    const first = one
      .locator('.app-question:has(fieldset)')
      .filter({ hasNot: one.locator('input:checked') })
      .first();
    const text = await questionText(first);
    const key = (await first.getAttribute('data-question'))!;
    const q1 = inPage(one, text);
    const q2 = inPage(two, text);

    await q1.getByLabel('Yes', { exact: true }).check();
    await expectStatus(q1, 'Saved');
    expect(await serverValue(fileId, key)).toBe('YES');
    // Tab 2 still shows the question unanswered: it is stale.
    await expect(checkedValue(q2)).resolves.toBeNull();

    await q2.getByLabel('No', { exact: true }).check();
    const conflict = q2.getByTestId('answer-conflict');
    await conflict.waitFor({ timeout: 20_000 });
    await conflict.getByText('You changed this answer in another tab or on another device').waitFor();
    await conflict.getByText('Your saved answer', { exact: true }).waitFor();
    await expect(conflict.innerText()).resolves.not.toMatch(/Neil Appleby/);
    expect(await serverValue(fileId, key)).toBe('YES');
    await expectNoAxeViolations(two, axeViolations);

    // Keeping tab 2's answer is a choice, and then it is saved.
    await conflict.getByRole('button', { name: 'Keep my answer' }).click();
    await expect.poll(() => serverValue(fileId, key), { timeout: 20_000 }).toBe('NO');
    await context.close();
  });
});

describe('signing out on a shared device', () => {
  it('removes the person’s case files kept offline, and keeps their unsent answer for them', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, NEIL);
    const me = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-scrutiny-client': 'app' },
        body: JSON.stringify({ query: '{ viewer { id } }' }),
      });
      return ((await res.json()) as { data: { viewer: { id: string } } }).data.viewer.id;
    });
    await page.getByRole('button', { name: 'Make my case files available offline' }).click();
    await page.getByText(/available offline \(kept on this device/).waitFor({ timeout: 30_000 });
    const kept = await offlineKeys(page);
    expect(kept.filter((k) => k.startsWith(`${me}|CaseFile|`)).length).toBeGreaterThan(0);

    // An answer that cannot be sent yet.
    await openCaseFile(page, 'WM06-007');
    const fileId = caseFileIdOf(page);
    const first = page
      .locator('.app-question:has(fieldset)')
      .filter({ hasNot: page.locator('input:checked') })
      .first();
    const q = inPage(page, await questionText(first));
    const key = (await first.getAttribute('data-question'))!;
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('"operationName":"SaveAnswer"')) await route.abort();
      else await route.continue();
    });
    await q.getByLabel('No', { exact: true }).check();
    await expectStatus(q, 'Not saved yet — will retry');

    await page.getByRole('button', { name: 'Sign out' }).click();
    const warning = page.getByTestId('sign-out-warning');
    await warning.getByText('1 answer has not been sent yet').waitFor();
    await warning.getByRole('button', { name: 'Sign out anyway' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expect.poll(() => offlineKeys(page)).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('offline-copy')))).toEqual([]);
    await expectNoAxeViolations(page, axeViolations);

    // The unsent answer still waits for Neil, and goes as his when he signs in again.
    await page.unroute('**/graphql');
    await submitSignIn(page, NEIL, PASSWORD);
    await expect.poll(() => serverValue(fileId, key), { timeout: 20_000 }).toBe('NO');
    await context.close();
  });
});
