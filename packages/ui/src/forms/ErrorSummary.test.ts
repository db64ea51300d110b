import { createElement } from 'react';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, showInPage } from '../testing/chromium.ts';
import { ErrorSummary, FieldError, hasError } from './ErrorSummary.tsx';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const problems = [
  { field: 'email', message: 'Enter your email address' },
  { message: 'Scrutiny cannot be reached: try again' },
];

describe('the error summary', () => {
  it('lists each problem, linking those about a field to it, under the title and level it is given', async () => {
    const page = await showInPage(
      browser,
      createElement(
        'form',
        null,
        createElement(ErrorSummary, { problems, title: 'The case file was not submitted', headingLevel: 2 }),
        createElement(
          'div',
          { className: 'govuk-form-group govuk-form-group--error' },
          createElement('label', { className: 'govuk-label', htmlFor: 'email' }, 'Email address'),
          createElement(FieldError, { problems, field: 'email' }),
          createElement('input', {
            className: 'govuk-input govuk-input--error',
            id: 'email',
            'aria-describedby': 'email-error',
          }),
        ),
      ),
    );
    expect(await page.locator('.govuk-error-summary h2').innerText()).toBe('The case file was not submitted');
    expect(await page.locator('.govuk-error-summary a').getAttribute('href')).toBe('#email');
    expect(await page.locator('.govuk-error-summary li').allInnerTexts()).toEqual([
      'Enter your email address',
      'Scrutiny cannot be reached: try again',
    ]);
    expect(await page.locator('#email-error').textContent()).toBe('Error: Enter your email address');
    expect(await page.locator('.govuk-error-summary [role=alert]').count()).toBe(1);
    expect(await page.locator('.govuk-error-summary').getAttribute('tabindex')).toBe('-1');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says what went wrong in words above the list, and shows with the words alone', async () => {
    const page = await showInPage(
      browser,
      createElement(
        'section',
        { 'aria-label': 'Compare' },
        createElement('h2', { className: 'govuk-heading-m' }, 'Compare'),
        createElement(ErrorSummary, {
          title: 'The marking was not compared',
          headingLevel: 3,
          description: 'Mark every question first.',
          problems: [{ field: 'q-1', message: 'Was the risk assessed?' }],
        }),
        createElement('p', { id: 'q-1', className: 'govuk-body' }, 'Question'),
      ),
    );
    expect(await page.locator('.govuk-error-summary__body > p').innerText()).toBe('Mark every question first.');
    expect(await page.locator('.govuk-error-summary h3').innerText()).toBe('The marking was not compared');
    expect(await page.locator('.govuk-error-summary a').getAttribute('href')).toBe('#q-1');
    expect(await axeViolations(page)).toEqual([]);
    const wordsOnly = await showInPage(
      browser,
      createElement(ErrorSummary, { problems: [], description: 'Try again.' }),
    );
    expect(await wordsOnly.locator('.govuk-error-summary').innerText()).toContain('Try again.');
    expect(await wordsOnly.locator('.govuk-error-summary__list').count()).toBe(0);
  });

  it('shows nothing when there is no problem', async () => {
    const page = await showInPage(browser, createElement(ErrorSummary, { problems: [] }));
    expect(await page.locator('.govuk-error-summary').count()).toBe(0);
    expect(hasError(problems, 'email')).toBe(true);
    expect(hasError(problems, 'name')).toBe(false);
  });
});
