// The board app's sign-in page when passwords are turned off (single sign-on on, passwords for a break-glass
// administrator only, who signs in to the inspector app): board members are offered the provider and nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { freePort, startOidcProvider } from '@scrutiny/api/testing';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { accessibilityProblems, heading } from './board-pages.ts';

let scrutiny: RunningScrutiny;
let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/auth/oidc/callback`;
  provider = await startOidcProvider({
    clients: [{ clientId: 'scrutiny', clientSecret: 'e2e-secret', redirectUri }],
    accounts: { board: { email: DEMO_EMAILS.westMidlandsBoardMember, email_verified: true } },
  });
  scrutiny = await startScrutiny({
    port,
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

describe('the board sign-in page with passwords turned off', () => {
  it('offers only the single sign-on button, no password form', async () => {
    const page = await browser.newPage();
    await page.goto(`${scrutiny.url}/sign-in`);
    expect(await heading(page)).toBe('Sign in');
    await page.getByRole('button', { name: 'Sign in with Inspectorate Login' }).waitFor();
    await expect(page.getByLabel('Password').count()).resolves.toBe(0);
    await expect(page.getByLabel('Email address').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Sign in', exact: true }).count()).resolves.toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
