import { createElement } from 'react';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, showInPage } from '../testing/chromium.ts';
import { FormButtons, SubmitButton } from './FormButtons.tsx';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('a form’s buttons', () => {
  it('sends the form, waits while it is sent, and offers a way back beside it', async () => {
    const page = await showInPage(
      browser,
      createElement(
        'div',
        null,
        createElement('form', null, createElement(SubmitButton, { busy: true, children: 'Send comment' })),
        createElement(
          'form',
          null,
          createElement(FormButtons, { submit: 'Save the finding', onCancel: () => undefined }),
        ),
        createElement(
          'form',
          null,
          createElement(
            FormButtons,
            { submit: 'Erase personal data', variant: 'warning' },
            createElement('a', { className: 'govuk-link', href: '/back' }, 'Cancel'),
          ),
        ),
      ),
    );
    const send = page.getByRole('button', { name: 'Send comment' });
    expect(await send.getAttribute('type')).toBe('submit');
    expect(await send.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Save the finding' }).isDisabled()).toBe(false);
    expect(await page.getByRole('button', { name: 'Cancel' }).getAttribute('type')).toBe('button');
    expect(await page.getByRole('button', { name: 'Erase personal data' }).getAttribute('class')).toBe(
      'govuk-button govuk-button--warning',
    );
    expect(await page.locator('.govuk-button-group').count()).toBe(2);
    expect(await page.getByRole('link', { name: 'Cancel' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});
