import { createElement } from 'react';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, showInPage } from '../testing/chromium.ts';
import { SingleSignOnButton } from './SingleSignOnButton.tsx';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('the single sign-on start button', () => {
  it('links to the start address with the page to come back to, as a GOV.UK start button', async () => {
    const page = await showInPage(
      browser,
      createElement(SingleSignOnButton, {
        name: 'HMI Probation account',
        startUrl: '/auth/oidc/start',
        returnTo: '/inspector/inspections?year=2005',
      }),
    );
    const button = page.getByRole('button', { name: 'Sign in with HMI Probation account' });
    expect(await button.getAttribute('href')).toBe(
      '/auth/oidc/start?returnTo=%2Finspector%2Finspections%3Fyear%3D2005',
    );
    expect(await button.getAttribute('class')).toBe('govuk-button govuk-button--start');
    expect(await axeViolations(page)).toEqual([]);
  });
});
