// Single sign-on in the browser, against a real OpenID Connect provider started in the test (oidc-provider): the
// sign-in page offers "Sign in with Inspectorate Login", the provider's own login page signs the person in and sends
// them back signed in to Scrutiny. An email without an account is refused with a page that says so, and so is an
// answer whose state was tampered with on its way back. Passwords are for the break-glass administrator only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freePort, startOidcProvider } from '@scrutiny/api/testing';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { PASSWORD, expectNoAxeViolations } from './inspector-pages.ts';

let scrutiny: RunningScrutiny;
let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/auth/oidc/callback`;
  provider = await startOidcProvider({
    clients: [{ clientId: 'scrutiny', clientSecret: 'e2e-secret', redirectUri }],
    accounts: {
      kate: { email: DEMO_EMAILS.inspector, email_verified: true },
      stranger: { email: 'stranger@elsewhere.example', email_verified: true },
    },
  });
  scrutiny = await startScrutiny({
    port,
    trustedDocuments: 'require',
    // Kate's role requires two-factor: her organisation's sign-in stands for it.
    requireTwoFactorRoles: 'INSPECTOR',
    env: {
      SCRUTINY_OIDC_ISSUER: provider.issuer,
      SCRUTINY_OIDC_CLIENT_ID: 'scrutiny',
      SCRUTINY_OIDC_CLIENT_SECRET: 'e2e-secret',
      SCRUTINY_OIDC_REDIRECT_URL: redirectUri,
      SCRUTINY_OIDC_NAME: 'Inspectorate Login',
      SCRUTINY_BREAK_GLASS_EMAIL: DEMO_EMAILS.administrator,
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
  await provider?.close();
});

/** From Scrutiny's sign-in page through the provider's login page; the provider's login names its account. */
async function signInThroughProvider(page: Page, login: string) {
  await page.goto(`${scrutiny.url}/inspector/`);
  await page.getByRole('button', { name: 'Sign in with Inspectorate Login' }).click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('the provider checks this, not Scrutiny');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

describe('single sign-on', () => {
  it('offers the provider on the sign-in page and signs an invited person in through its login page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${scrutiny.url}/inspector/`);
    await page.getByRole('button', { name: 'Sign in with Inspectorate Login' }).waitFor();
    // Passwords are the break-glass administrator's only: the form waits behind a disclosure.
    await expect(page.getByLabel('Password').isVisible()).resolves.toBe(false);
    await expectNoAxeViolations(page, axeViolations);
    await signInThroughProvider(page, 'kate');
    await page.getByRole('heading', { level: 1, name: 'My inspections' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/inspector/');
    await context.close();
  });

  it('refuses an email without an account, with a page that says so', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInThroughProvider(page, 'stranger');
    await page.getByRole('heading', { level: 1, name: 'You are not signed in' }).waitFor();
    await page.getByText('Scrutiny has no account for stranger@elsewhere.example').waitFor();
    await page.getByRole('link', { name: 'Back to the sign-in page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('refuses an answer whose state was tampered with on its way back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The browser starts the sign-in (keeping the flow's cookie), and the request to the provider is changed on its
    // way: the provider then answers with a state this browser never made.
    const started = await context.request.get(`${scrutiny.url}/auth/oidc/start?returnTo=%2Finspector%2F`, {
      maxRedirects: 0,
    });
    expect(started.status()).toBe(303);
    const authorization = new URL(started.headers().location!);
    authorization.searchParams.set('state', 'tampered-with');
    await page.goto(authorization.href);
    await page.locator('input[name="login"]').fill('kate');
    await page.locator('input[name="password"]').fill('the provider checks this, not Scrutiny');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'You are not signed in' }).waitFor();
    await page.getByText('does not match the one your browser started').waitFor();
    await page.goto(`${scrutiny.url}/inspector/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('keeps a password sign-in for the break-glass administrator only', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const signInWithPassword = async (email: string) => {
      await page.goto(`${scrutiny.url}/inspector/`);
      // Once the page knows single sign-on is on, the password form is behind a disclosure (open after a refusal).
      await page.getByRole('button', { name: 'Sign in with Inspectorate Login' }).waitFor();
      if (!(await page.getByLabel('Password').isVisible()))
        await page.getByText('Break-glass administrator sign-in').click();
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    };
    await signInWithPassword(DEMO_EMAILS.inspector);
    await page.getByText('Sign in with Inspectorate Login instead').first().waitFor();
    await page.goto('about:blank');
    await signInWithPassword(DEMO_EMAILS.administrator);
    await page.getByRole('button', { name: 'Sign out' }).first().waitFor();
    await context.close();
  });
});
