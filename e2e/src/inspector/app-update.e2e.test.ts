// Issue 15, item 4: a new version of the inspector app announces itself rather than swapping under the user. After
// one visit the service worker controls the page; a new build is then deployed (its service worker changes), the
// browser finds it, and the page says "A new version of Scrutiny is ready" without reloading: what the user typed
// stays. Only when they choose "Reload to use the new version" does the new version take over.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { expectNoAxeViolations } from './inspector-pages.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;
/** A copy of the built inspector app, served by this Scrutiny, that the test deploys a new version into. */
const dist = mkdtempSync(join(tmpdir(), 'scrutiny-inspector-dist-'));

beforeAll(async () => {
  cpSync(fileURLToPath(new URL('../../../apps/inspector/dist', import.meta.url)), dist, { recursive: true });
  scrutiny = await startScrutiny({ env: { SCRUTINY_INSPECTOR_DIST: dist } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

describe('a new version of the inspector app', () => {
  it('is announced, and taken only when the user chooses to reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${scrutiny.url}/inspector/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The second visit is the service worker's: it serves the app.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const banner = page.getByRole('region', { name: 'A new version of Scrutiny is ready' });
    await expect(banner.count()).resolves.toBe(0);

    // The user is part way through something; meanwhile a new version is deployed and the browser finds it.
    await page.getByLabel('Email address').fill('half.typed@wmpa.example');
    await page.evaluate(() => {
      (window as unknown as { stillThisPage: boolean }).stillThisPage = true;
    });
    const sw = join(dist, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// A new version.\n`);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    await banner.waitFor({ timeout: 20_000 });
    // Announced, not swapped: the same page, with what was typed, still run by the old version.
    expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
    await expect(page.getByLabel('Email address').inputValue()).resolves.toBe('half.typed@wmpa.example');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(
      true,
    );
    await expectNoAxeViolations(page, axeViolations);

    await banner.getByRole('button', { name: 'Reload to use the new version' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage ?? false), {
        timeout: 20_000,
      })
      .toBe(false);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expect.poll(() => banner.count()).toBe(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBe(
      null,
    );
    await context.close();
  });
});
