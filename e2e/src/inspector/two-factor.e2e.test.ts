// Two-factor sign-in in the browser: a person sets up an authenticator app on "Your account" (QR code, key as text,
// one code, ten recovery codes), signs out, signs in with a code, is refused the same code again, and signs in with a
// recovery code. A role that requires two-factor is sent to set it up and sees nothing else until done.
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { PASSWORD, expectNoAxeViolations } from './inspector-pages.ts';
import { submitSignIn } from '../sign-in.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;

beforeAll(async () => {
  scrutiny = await startScrutiny({ trustedDocuments: 'require', requireTwoFactorRoles: 'INSPECTOR' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

const codeAt = (secret: string, offsetMs = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetMs });

async function signInWithPassword(page: Page, email: string) {
  await page.goto(`${scrutiny.url}/inspector/`);
  await submitSignIn(page, email, PASSWORD);
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
}

async function enrol(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.getByLabel('Your password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
  const src = await page.getByRole('img', { name: 'QR code for your authenticator app' }).getAttribute('src');
  expect(src).toMatch(/^data:image\/svg\+xml;base64,/);
  const secret = (await page.locator('#totp-secret').innerText()).trim();
  await expectNoAxeViolations(page, axeViolations);
  await page.getByLabel('Code your app shows now').fill(codeAt(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await page.getByRole('heading', { name: 'Two-factor sign-in is on' }).waitFor();
  const recoveryCodes = (await page.getByRole('list', { name: 'Recovery codes' }).locator('li').allInnerTexts()).map(
    (c) => c.trim(),
  );
  expect(recoveryCodes).toHaveLength(10);
  await expectNoAxeViolations(page, axeViolations);
  await page.getByRole('button', { name: 'I have kept my recovery codes' }).click();
  return { secret, recoveryCodes };
}

describe('two-factor sign-in', () => {
  it('is set up on the account page, then asks for a code, refuses a used one and takes a recovery code', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithPassword(page, DEMO_EMAILS.informationManager);
    await page.getByRole('heading', { level: 1, name: 'My inspections' }).waitFor();
    await page.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    const { secret, recoveryCodes } = await enrol(page);
    await page.getByText('Two-factor sign-in is on: you sign in with your password').waitFor();
    await signOut(page);

    // Password first, then the code (the next step's: the confirming code's step is used up).
    const code = codeAt(secret, 30_000);
    await signInWithPassword(page, DEMO_EMAILS.informationManager);
    await page.getByLabel('Code from your authenticator app').fill(code);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'My inspections' }).waitFor();
    await signOut(page);

    // The same code again is refused.
    await signInWithPassword(page, DEMO_EMAILS.informationManager);
    await page.getByLabel('Code from your authenticator app').fill(code);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .getByText(/has been used already/)
      .waitFor();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' }).isVisible()).resolves.toBe(true);

    // A recovery code signs in instead.
    await page.getByLabel('Code from your authenticator app').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'My inspections' }).waitFor();
    await context.close();
  });

  it('sends a role that requires two-factor to set it up, and lets them work once it is on', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithPassword(page, DEMO_EMAILS.inspector);
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.getByText('Your role needs two-factor sign-in').waitFor();
    // Any other page of the app still shows the set-up.
    await page.goto(`${scrutiny.url}/inspector/inspections/new`);
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await enrol(page);
    // The page asked for opens once two-factor is on.
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor({ state: 'detached' });
    await page.goto(`${scrutiny.url}/inspector/`);
    await page.getByRole('heading', { level: 1, name: 'My inspections' }).waitFor();
    await context.close();
  });
});
