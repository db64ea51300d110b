// An area assessor assesses case files in the in-progress 2006 West Midlands follow-up: answers save themselves,
// survive a lost connection and a reload, and two people answering the same question get a visible conflict.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import {
  NEIL,
  checkedValue,
  expectNoAxeViolations,
  expectStatus,
  openCaseFile,
  question,
  questionText,
  signedInPage,
} from './inspector-pages.ts';
import { submitSignIn } from '../sign-in.ts';

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

describe('assessing a case file', () => {
  it('an assessor signs in, lands on their case files, answers a question and finds it saved on a fresh load', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${scrutiny.url}/inspector/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectNoAxeViolations(page, axeViolations);
    await submitSignIn(page, NEIL);
    await page.getByRole('heading', { level: 1, name: 'My case files' }).waitFor();
    await expectNoAxeViolations(page, axeViolations);

    await openCaseFile(page, 'WM06-007');
    await expect(page.getByTestId('assessment-progress').innerText()).resolves.toMatch(/^0 of \d+ questions assessed/);
    await expect(page.getByText('Does not apply to this case').count()).resolves.toBeGreaterThan(0);
    const first = question(page, 0);
    const text = await questionText(first);
    await first.getByLabel('Yes', { exact: true }).check();
    await expectStatus(first, 'Saved');
    await expect(page.getByTestId('assessment-progress').innerText()).resolves.toMatch(/^1 of \d+ questions assessed/);
    await expectNoAxeViolations(page, axeViolations);
    const url = page.url();
    await context.close();

    // A new browser context has nothing in localStorage: the answer can only come from the server.
    const fresh = await signedInPage(browser, scrutiny.url, NEIL);
    await fresh.page.goto(url);
    const again = fresh.page.getByRole('group', { name: text });
    await again.getByLabel('Yes', { exact: true }).waitFor();
    await expect(again.getByLabel('Yes', { exact: true }).isChecked()).resolves.toBe(true);
    await fresh.context.close();
  });

  it('answers given while the API is unreachable are all saved once it is back, across a reload', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, NEIL);
    await openCaseFile(page, 'WM06-009');
    const url = page.url();
    await page.route('**/graphql', (route) => route.abort());

    const given: { text: string; value: string }[] = [];
    for (const n of [0, 1, 2]) {
      const q = question(page, n);
      const radio = q.locator('input[type=radio]').nth(1);
      await radio.check();
      given.push({ text: await questionText(q), value: (await radio.getAttribute('value'))! });
      await expectStatus(q, 'Not saved yet — will retry');
    }
    await page.getByText('3 answers are not saved yet').waitFor({ timeout: 20_000 });

    // Reload while still cut off: the answers are still on this device and still waiting.
    await page.reload();
    await page.getByText('3 answers are not saved yet').waitFor({ timeout: 20_000 });

    await page.unroute('**/graphql');
    await expect
      .poll(
        () =>
          // Each person's queue is stored under their id: none may hold anything still unsent.
          page.evaluate(() =>
            Object.keys(localStorage)
              .filter((key) => key.startsWith('scrutiny.inspector.unsent-answers.v2.'))
              .reduce(
                (sum, key) => sum + (JSON.parse(localStorage.getItem(key) ?? '{}').entries?.length ?? 0),
                Object.keys(localStorage).some((key) => key.startsWith('scrutiny.inspector.unsent-answers.v2.'))
                  ? 0
                  : -1,
              ),
          ),
        {
          timeout: 30_000,
        },
      )
      .toBe(0);
    await context.close();

    const fresh = await signedInPage(browser, scrutiny.url, NEIL);
    // The questions' options come from other queries than the file's answers. Held back, no question may show
    // without them: a saved answer would look unanswered, and "Not applicable" would be the only choice.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await fresh.page.route('**/graphql', async (route) => {
      if (/"operationName":"(CaseFileFramework|Frameworks)"/.test(route.request().postData() ?? '')) await held;
      await route.continue();
    });
    await fresh.page.goto(url);
    await fresh.page.getByText('Loading the questions…').waitFor();
    await expect(fresh.page.locator('input[type=radio]').count()).resolves.toBe(0);
    release();
    for (const answer of given) {
      const q = fresh.page
        .locator('.app-question')
        .filter({ has: fresh.page.getByRole('group', { name: answer.text }) });
      await q.locator('input[type=radio]').first().waitFor();
      await expect(checkedValue(q)).resolves.toBe(answer.value);
      await expectStatus(q, 'Saved');
    }
    await fresh.context.close();
  });

  it('a save that reached the server but whose reply was lost is retried with the same id and applied once', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, NEIL);
    await openCaseFile(page, 'WM06-009');
    const first = page
      .locator('.app-question:has(fieldset)')
      .filter({ hasNot: page.locator('input:checked') })
      .first();
    const text = await questionText(first);
    const held = page.locator('.app-question').filter({ has: page.getByRole('group', { name: text }) });
    // The save goes through to the API, but the browser never hears back.
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('SaveAnswer')) {
        await route.fetch();
        await route.abort();
      } else await route.continue();
    });
    await held.locator('input[type=radio]').first().check();
    await expectStatus(held, 'Not saved yet — will retry');
    await page.unroute('**/graphql');
    // Had the retry counted as a second save, it would conflict with the first.
    await expectStatus(held, 'Saved');
    await expect(held.getByTestId('answer-conflict').count()).resolves.toBe(0);
    await context.close();
  });

  it('two people answering the same question see a conflict, and nothing is overwritten silently', async () => {
    const a = await signedInPage(browser, scrutiny.url, NEIL);
    const b = await signedInPage(browser, scrutiny.url, NEIL);
    await openCaseFile(a.page, 'WM06-007');
    await openCaseFile(b.page, 'WM06-007');
    // Both have read the question unanswered.
    const qa = question(a.page, 1);
    const qb = question(b.page, 1);
    const text = await questionText(qa);
    await expect(checkedValue(qb)).resolves.toBeNull();

    await qa.getByLabel('Yes', { exact: true }).check();
    await expectStatus(qa, 'Saved');
    await qb.getByLabel('No', { exact: true }).check();
    await expectStatus(qb, 'Not saved — someone else changed this answer');
    const conflict = qb.getByTestId('answer-conflict');
    // Both are Neil: the panel speaks of his own answers, and names nobody else.
    await expect(conflict.innerText()).resolves.toMatch(/Your answer here\s+No/);
    await expect(conflict.innerText()).resolves.toMatch(/Your saved answer\s+Yes/);
    await expect(conflict.innerText()).resolves.not.toMatch(/Neil Appleby/);
    await expectNoAxeViolations(b.page, axeViolations);

    // The other answer stands until B decides.
    const check = await signedInPage(browser, scrutiny.url, NEIL);
    await check.page.goto(a.page.url());
    const qc = check.page.getByRole('group', { name: text });
    await qc.getByLabel('Yes', { exact: true }).waitFor();
    await expect(qc.getByLabel('Yes', { exact: true }).isChecked()).resolves.toBe(true);

    await conflict.getByRole('button', { name: 'Keep my answer' }).click();
    await expectStatus(qb, 'Saved');
    await check.page.reload();
    await check.page.getByRole('group', { name: text }).getByLabel('No', { exact: true }).waitFor();
    await expect(
      check.page.getByRole('group', { name: text }).getByLabel('No', { exact: true }).isChecked(),
    ).resolves.toBe(true);
    for (const s of [a, b, check]) await s.context.close();
  });

  it('"Not applicable" asks for a reason before saving, and submitting lists the questions still missing', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, NEIL);
    await openCaseFile(page, 'WM06-009');
    const q = page
      .locator('.app-question:has(fieldset)')
      .filter({ hasNot: page.locator('input:checked') })
      .first();
    const text = await questionText(q);
    const held = page.locator('.app-question').filter({ has: page.getByRole('group', { name: text }) });
    await held.getByLabel('Not applicable').check();
    const reason = held.getByLabel('Why does this question not apply to this case?');
    await reason.waitFor();
    await expectStatus(held, 'Not saved yet — give a reason');
    await reason.focus();
    await reason.blur();
    await held.getByText('Enter why the question does not apply').waitFor();
    await reason.fill('The order ended before a review was due');
    await reason.blur();
    await expectStatus(held, 'Saved');
    await expectNoAxeViolations(page, axeViolations);

    // Submitting goes through "Check your answers", which lists what is missing and refuses the submission.
    await page.getByRole('link', { name: 'Check your answers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your answers for case file WM06-009' }).waitFor();
    await page.getByTestId('unanswered').waitFor();
    await page.getByRole('button', { name: 'Submit case file' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('There is a problem').waitFor();
    const missing = (await summary.getByRole('link').allInnerTexts()).map((t) => t.replace(/: not answered yet$/, ''));
    expect(missing.length).toBeGreaterThan(0);
    expect(missing).not.toContain(text);
    await expectNoAxeViolations(page, axeViolations);
    // Each missing question is one the case file page shows unanswered.
    await page.getByRole('link', { name: 'Back to the case file' }).first().click();
    await page.getByTestId('assessment-progress').waitFor();
    for (const name of missing)
      await expect(checkedValue(page.getByRole('group', { name, exact: true }))).resolves.toBeNull();
    await context.close();
  });

  it('can be done by keyboard alone: sign in, open a file, answer a question', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${scrutiny.url}/inspector/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    // Presses Tab until the focused element passes the check (a JavaScript expression over `el`).
    const tabTo = async (check: string, limit = 300) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(`((el) => Boolean(${check}))(document.activeElement)`)) return;
      }
      throw new Error(`focus never reached ${check} by Tab`);
    };
    await tabTo("el.id === 'email'");
    await page.keyboard.type(NEIL);
    await page.keyboard.press('Tab');
    await page.keyboard.type('scrutiny-demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'My case files' }).waitFor();
    await tabTo("el.textContent === 'WM06-007'");
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Case file WM06-007' }).waitFor();
    // The first radio of a question nobody has answered yet.
    await tabTo("el.type === 'radio' && !el.closest('fieldset').querySelector('input:checked')");
    const focused = page.locator('.app-question:has(input:focus)');
    await expect(checkedValue(focused)).resolves.toBeNull();
    await page.keyboard.press('Space');
    await expectStatus(focused, 'Saved');
    await expect(checkedValue(focused)).resolves.not.toBeNull();
    await context.close();
  });
});
