// Fieldwork an assessor can trust: queued answers stay with their author, tabs of one browser agree, only chosen
// answers are saved, a comment survives a reload, and the app opens and answers offline after one online visit.
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

const KATE = 'kate.white@hmiprobation.example';

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

interface ServerAnswer {
  measureKey: string;
  value: string;
  reason: string | null;
  comment: string | null;
  answeredBy: { name: string };
}

async function serverAnswer(caseFileId: string, measureKey: string): Promise<ServerAnswer | null> {
  return checker.evaluate(
    async ({ id, key }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-scrutiny-client': 'app' },
        body: JSON.stringify({
          query:
            'query ($id: ID!) { caseFile(id: $id) { answers { measureKey value reason comment answeredBy { name } } } }',
          variables: { id },
        }),
      });
      const json = (await res.json()) as { data?: { caseFile?: { answers: ServerAnswer[] } } };
      return json.data?.caseFile?.answers.find((a) => a.measureKey === key) ?? null;
    },
    { id: caseFileId, key: measureKey },
  );
}

function caseFileIdOf(page: Page): string {
  return decodeURIComponent(new URL(page.url()).pathname.split('/').filter(Boolean).at(-1)!);
}

/** The nth question on the page nobody has answered yet, held by its text so that answering it keeps it found. */
async function unanswered(page: Page, n = 0): Promise<{ q: Locator; text: string; key: string }> {
  const first = page
    .locator('.app-question:has(fieldset)')
    .filter({ hasNot: page.locator('input:checked') })
    .nth(n);
  const text = await questionText(first);
  const key = (await first.getAttribute('data-question'))!;
  return { q: inPage(page, text), text, key };
}

function inPage(page: Page, text: string): Locator {
  return page.locator('.app-question').filter({ has: page.getByRole('group', { name: text, exact: true }) });
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await submitSignIn(page, email, PASSWORD);
  await page.getByRole('heading', { level: 1, name: /My (case files|inspections)/ }).waitFor();
}

const blockSaves = (page: Page) =>
  page.route('**/graphql', async (route) => {
    if (route.request().postData()?.includes('"operationName":"SaveAnswer"')) await route.abort();
    else await route.continue();
  });

describe('queued answers belong to who gave them', () => {
  it('an answer queued by one assessor is never sent under a colleague’s session, and is sent when its author returns', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, NEIL);
    await openCaseFile(page, 'WM06-007');
    const fileId = caseFileIdOf(page);
    const { q, key } = await unanswered(page, 0);
    await blockSaves(page);
    await q.getByLabel('No', { exact: true }).check();
    await expectStatus(q, 'Not saved yet — will retry');

    // Neil's session ends (it expires, or is ended elsewhere) with the answer still queued.
    await context.clearCookies();
    await page.unroute('**/graphql');
    await page.goto(`${scrutiny.url}/inspector/`);
    await signIn(page, KATE);
    // Kate is told nothing of Neil's answer being sent on her behalf, and it is not.
    await page.waitForTimeout(4000);
    expect(await serverAnswer(fileId, key)).toBeNull();
    await expect(page.getByTestId('save-queue-status').innerText()).resolves.not.toMatch(/sent shortly/);
    await expectNoAxeViolations(page, axeViolations);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, NEIL);
    await expect
      .poll(async () => (await serverAnswer(fileId, key))?.answeredBy.name, { timeout: 20_000 })
      .toBe('Neil Appleby');
    expect((await serverAnswer(fileId, key))?.value).toBe('NO');
    await context.close();
  });

  it('signing out with unsent answers says so and offers to wait', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, NEIL);
    await openCaseFile(page, 'WM06-007');
    const fileId = caseFileIdOf(page);
    const { q, key } = await unanswered(page, 0);
    await blockSaves(page);
    await q.getByLabel('Yes', { exact: true }).check();
    await expectStatus(q, 'Not saved yet — will retry');
    await page.getByRole('button', { name: 'Sign out' }).click();
    const warning = page.getByTestId('sign-out-warning');
    await warning.getByText('1 answer has not been sent yet').waitFor();
    await expectNoAxeViolations(page, axeViolations);
    await warning.getByRole('button', { name: 'Wait until it is sent' }).click();
    // Still signed in: once the connection returns, the answer goes as Neil's.
    await page.unroute('**/graphql');
    await expect.poll(async () => (await serverAnswer(fileId, key))?.value, { timeout: 20_000 }).toBe('YES');
    await page.getByText('Signed in as Neil Appleby').waitFor();
    await context.close();
  });
});

describe('tabs of one browser', () => {
  it('share the latest answer: a second tab shows the first tab’s answer, and its own change reaches the first', async () => {
    const { context, page: one } = await signedInPage(browser, scrutiny.url, NEIL);
    const two = await context.newPage();
    await openCaseFile(one, 'WM06-007');
    await two.goto(one.url());
    await two.getByTestId('assessment-progress').waitFor();
    const fileId = caseFileIdOf(one);
    const { q: q1, text, key } = await unanswered(one, 0);
    const q2 = inPage(two, text);
    await expect(checkedValue(q2)).resolves.toBeNull();

    await q1.getByLabel('Yes', { exact: true }).check();
    await expectStatus(q1, 'Saved');
    // The other tab is told, rather than keeping an answer the server no longer holds.
    await expect.poll(() => checkedValue(q2), { timeout: 10_000 }).toBe('YES');
    await q2.getByLabel('No', { exact: true }).check();
    await expectStatus(q2, 'Saved');
    await expect.poll(() => checkedValue(q1), { timeout: 10_000 }).toBe('NO');
    expect((await serverAnswer(fileId, key))?.value).toBe('NO');
    await expect(one.getByTestId('answer-conflict').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('only chosen answers are saved', () => {
  it('moving through the radios with the arrow keys saves nothing until the choice settles', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, NEIL);
    await openCaseFile(page, 'WM06-009');
    const fileId = caseFileIdOf(page);
    const { q, key } = await unanswered(page, 0);
    await q.getByLabel('Yes', { exact: true }).check();
    await expectStatus(q, 'Saved');
    expect((await serverAnswer(fileId, key))?.value).toBe('YES');

    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('"operationName":"SaveAnswer"')) sent.push(request.postData()!);
    });
    await q.getByLabel('Yes', { exact: true }).focus();
    // Yes → No → … → Not applicable, as a keyboard user moves through the group.
    for (let i = 0; i < 6 && (await checkedValue(q)) !== 'NOT_APPLICABLE'; i++) await page.keyboard.press('ArrowRight');
    expect(await checkedValue(q)).toBe('NOT_APPLICABLE');
    await page.waitForTimeout(2500);
    expect(sent).toEqual([]);
    expect((await serverAnswer(fileId, key))?.value).toBe('YES');
    // "Not applicable" without its reason is not saved, and the page says what is missing.
    await expectStatus(q, 'Not saved yet — give a reason');
    await q.getByText('Enter why the question does not apply').waitFor();

    // Back to No by keyboard, then Tab out of the group: the choice has settled, and only it is saved.
    await q.getByLabel('Not applicable').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await checkedValue(q)).not.toBe('NOT_APPLICABLE');
    const chosen = await checkedValue(q);
    await page.keyboard.press('Tab');
    await expectStatus(q, 'Saved');
    expect((await serverAnswer(fileId, key))?.value).toBe(chosen);
    expect(sent).toHaveLength(1);
    await expectNoAxeViolations(page, axeViolations);
    await context.close();
  });

  it('a comment saves as it is typed, and an unsent draft survives a reload and a closed tab', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, NEIL);
    await openCaseFile(page, 'WM06-007');
    const fileId = caseFileIdOf(page);
    const url = page.url();
    const { q, text, key } = await unanswered(page, 0);
    await q.locator('input[type=radio]').first().check();
    await expectStatus(q, 'Saved');

    // Typed, never blurred: saved after a short pause.
    await q.locator('summary').click();
    await q.getByLabel('Comment (optional)').pressSequentially('Plan reviewed late');
    await expect
      .poll(async () => (await serverAnswer(fileId, key))?.comment, { timeout: 10_000 })
      .toBe('Plan reviewed late');

    // Reloaded mid-word: the draft is still there, and is saved.
    await q.getByLabel('Comment (optional)').pressSequentially(' by two weeks');
    await page.reload();
    const again = inPage(page, text);
    await expect
      .poll(() => again.getByLabel('Comment (optional)').inputValue(), { timeout: 10_000 })
      .toBe('Plan reviewed late by two weeks');
    await expect
      .poll(async () => (await serverAnswer(fileId, key))?.comment, { timeout: 10_000 })
      .toBe('Plan reviewed late by two weeks');

    // Typed with saves held back, then the tab is closed: the next tab has the draft, and sends it.
    await blockSaves(page);
    await again.getByLabel('Comment (optional)').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('; manager told');
    await page.close({ runBeforeUnload: true });
    const next = await context.newPage();
    await next.goto(url);
    await next.getByTestId('assessment-progress').waitFor();
    await expect
      .poll(() => inPage(next, text).getByLabel('Comment (optional)').inputValue(), { timeout: 10_000 })
      .toBe('Plan reviewed late by two weeks; manager told');
    await expect
      .poll(async () => (await serverAnswer(fileId, key))?.comment, { timeout: 20_000 })
      .toBe('Plan reviewed late by two weeks; manager told');
    await context.close();
  });
});

describe('offline from the first page', () => {
  it('after one online visit, opens offline, answers two files and syncs them when the connection returns', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, NEIL);
    await page.getByRole('button', { name: 'Make my case files available offline' }).click();
    await page.getByText(/available offline \(kept on this device/).waitFor({ timeout: 30_000 });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expectNoAxeViolations(page, axeViolations);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My case files' }).waitFor();
    const answered: { fileId: string; key: string; value: string }[] = [];
    for (const reference of ['WM06-009', 'WM06-007']) {
      await page.getByRole('link', { name: reference, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: `Case file ${reference}` }).waitFor();
      await page.getByTestId('assessment-progress').waitFor();
      const { q, key } = await unanswered(page, 0);
      const radio = q.locator('input[type=radio]').nth(1);
      await radio.check();
      await expectStatus(q, 'Not saved yet — will retry');
      answered.push({ fileId: caseFileIdOf(page), key, value: (await radio.getAttribute('value'))! });
      await page.getByRole('link', { name: 'Back to my case files' }).click();
      await page.getByRole('heading', { level: 1, name: 'My case files' }).waitFor();
    }
    await page.getByTestId('save-queue-status').getByText('2 answers are not saved yet', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Waiting answers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Answers waiting to be sent' }).waitFor();
    await expect(page.getByTestId('waiting-save').count()).resolves.toBe(2);
    await expectNoAxeViolations(page, axeViolations);
    for (const { fileId, key } of answered) expect(await serverAnswer(fileId, key)).toBeNull();

    await context.setOffline(false);
    await page.getByText('Nothing is waiting to be sent').waitFor({ timeout: 30_000 });
    for (const { fileId, key, value } of answered) {
      const saved = await serverAnswer(fileId, key);
      expect(saved?.value).toBe(value);
      expect(saved?.answeredBy.name).toBe('Neil Appleby');
    }
    await context.close();
  });
});
