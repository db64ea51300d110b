import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from '../testing/chromium.ts';
import { mountInPage } from '../testing/mount.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('the confirmation panel', () => {
  it('as the page heading, takes the focus and names the page', async () => {
    const page = await mountInPage(
      browser,
      `
      import { ConfirmationPanel } from '../status/ConfirmationPanel.tsx';
      import { show } from './show.tsx';
      show(<ConfirmationPanel title="Case file submitted">Your reference is <strong>WM-12</strong></ConfirmationPanel>);
      `,
    );
    // The page of the test has its own h1; the panel is the one a real page would have.
    const panel = page.locator('.govuk-panel--confirmation');
    expect(await panel.locator('h1.govuk-panel__title').innerText()).toBe('Case file submitted');
    expect(await panel.locator('.govuk-panel__body').innerText()).toBe('Your reference is WM-12');
    await expect.poll(() => panel.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.title()).toBe('Case file submitted – Scrutiny');
  });

  it('as a part of a page, only shows, under a level 2 heading', async () => {
    const page = await mountInPage(
      browser,
      `
      import { ConfirmationPanel } from '../status/ConfirmationPanel.tsx';
      import { show } from './show.tsx';
      show(<ConfirmationPanel title="Two-factor sign-in is on" headingLevel={2} />);
      `,
    );
    const panel = page.locator('.govuk-panel--confirmation');
    expect(await panel.locator('h2').innerText()).toBe('Two-factor sign-in is on');
    expect(await panel.locator('.govuk-panel__body').count()).toBe(0);
    expect(await panel.evaluate((el) => el === document.activeElement)).toBe(false);
    expect(await page.title()).toBe('Component');
    expect(await axeViolations(page)).toEqual([]);
  });
});
