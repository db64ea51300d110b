import { createElement } from 'react';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, showInPage } from '../testing/chromium.ts';
import { Done } from './Done.tsx';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('the message that a change was made', () => {
  it('is a GOV.UK success banner whose message is announced, and nothing without a message', async () => {
    const page = await showInPage(browser, createElement(Done, { message: 'Finding added' }));
    expect(await page.locator('.govuk-notification-banner--success [role=status]').innerText()).toBe('Finding added');
    expect(await page.locator('.govuk-notification-banner').getAttribute('tabindex')).toBe('-1');
    expect(await axeViolations(page)).toEqual([]);
    const empty = await showInPage(browser, createElement(Done, { message: null }));
    expect(await empty.locator('.govuk-notification-banner').count()).toBe(0);
  });
});
