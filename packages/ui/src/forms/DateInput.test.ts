import { createElement } from 'react';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, showInPage } from '../testing/chromium.ts';
import { DateInput } from './DateInput.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { datePartsOf, readDate } from './date-input.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const onChange = () => undefined;

describe('the GOV.UK date input', () => {
  it('is three labelled numeric boxes in a group named by its legend, never the browser’s picker', async () => {
    const page = await showInPage(
      browser,
      createElement(DateInput, {
        id: 'held-on',
        legend: 'Date of the meeting',
        hint: 'For example, 7 6 2006',
        value: datePartsOf('2006-06-07T00:00:00.000Z'),
        onChange,
      }),
    );
    const group = page.getByRole('group', { name: 'Date of the meeting' });
    expect(await group.getByLabel('Day').inputValue()).toBe('7');
    expect(await group.getByLabel('Month').inputValue()).toBe('6');
    expect(await group.getByLabel('Year').inputValue()).toBe('2006');
    expect(await page.locator('input[type=date]').count()).toBe(0);
    expect(await group.getByLabel('Day').getAttribute('inputmode')).toBe('numeric');
    expect(await group.getAttribute('aria-describedby')).toBe('held-on-hint');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows an invalid date’s problem in the summary, linked to the day, and as the field’s error', async () => {
    const reading = readDate({ day: '31', month: '2', year: '2006' }, 'Date of the meeting');
    expect(reading).toMatchObject({ kind: 'problem', field: 'day' });
    const message = reading.kind === 'problem' ? reading.message : '';
    const page = await showInPage(
      browser,
      createElement(
        'form',
        null,
        createElement(ErrorSummary, { problems: [{ field: 'held-on-day', message }] }),
        createElement(DateInput, {
          id: 'held-on',
          legend: 'Date of the meeting',
          value: { day: '31', month: '2', year: '2006' },
          onChange,
          error: message,
        }),
      ),
    );
    expect(message).toBe('Date of the meeting must be a real date');
    expect(await page.locator('.govuk-error-summary a').getAttribute('href')).toBe('#held-on-day');
    expect(await page.locator('#held-on-error').textContent()).toBe('Error: Date of the meeting must be a real date');
    expect(await page.locator('.govuk-form-group--error .govuk-input--error').count()).toBe(3);
    expect(await page.getByRole('group', { name: 'Date of the meeting' }).getAttribute('aria-describedby')).toBe(
      'held-on-error',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
