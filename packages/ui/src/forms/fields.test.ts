import { createElement } from 'react';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, showInPage } from '../testing/chromium.ts';
import { mountInPage } from '../testing/mount.ts';
import { describedBy, FormGroup } from './FormGroup.tsx';
import { RadiosField, SelectField, TextAreaField, TextField } from './fields.tsx';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const ignore = () => undefined;

describe('the form group and its fields', () => {
  it('wires each label, hint and error message to its control, and marks the group in error', async () => {
    const page = await showInPage(
      browser,
      createElement(
        'form',
        null,
        createElement(TextField, {
          id: 'owner',
          label: 'Owner',
          hint: 'Who carries the action out',
          error: 'Enter the owner',
          width: 'govuk-!-width-two-thirds',
          value: '',
          onChange: ignore,
        }),
        createElement(TextAreaField, {
          id: 'note',
          label: 'Note',
          labelClass: 'govuk-label--s',
          value: 'x',
          onChange: ignore,
        }),
        createElement(RadiosField, {
          id: 'rating',
          legend: 'Rating',
          error: 'Choose a rating',
          options: [
            { value: 'good', label: 'Good' },
            { value: 'poor', label: 'Poor' },
          ],
          value: '',
          onChange: ignore,
        }),
        createElement(SelectField, {
          id: 'area',
          label: 'Area',
          hint: 'The probation area',
          options: [{ value: 'wm', label: 'West Midlands' }],
          value: 'wm',
          onChange: ignore,
        }),
        createElement(FormGroup, {
          id: 'about',
          label: 'About',
          hint: 'A section',
          error: null,
          children: createElement(
            'select',
            { className: 'govuk-select', id: 'about', 'aria-describedby': describedBy('about', 'A section', null) },
            createElement('option', { value: '' }, 'The whole report'),
          ),
        }),
      ),
    );
    const owner = page.getByLabel('Owner');
    expect(await owner.getAttribute('aria-describedby')).toBe('owner-hint owner-error');
    expect(await owner.getAttribute('class')).toBe('govuk-input govuk-!-width-two-thirds govuk-input--error');
    expect(await page.locator('#owner-error').textContent()).toBe('Error: Enter the owner');
    expect(await page.locator('.govuk-form-group--error').count()).toBe(2);
    expect(await page.getByLabel('Note').getAttribute('aria-describedby')).toBeNull();
    expect(await page.locator('label[for=note]').getAttribute('class')).toBe('govuk-label govuk-label--s');
    // The first radio carries the group's id, so an error summary's link lands on the group.
    expect(await page.locator('#rating').getAttribute('value')).toBe('good');
    expect(await page.getByRole('group', { name: 'Rating' }).getAttribute('aria-describedby')).toBe('rating-error');
    expect(await page.getByLabel('Area').getAttribute('aria-describedby')).toBe('area-hint');
    expect(await page.getByLabel('About').getAttribute('aria-describedby')).toBe('about-hint');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('hands what is typed or chosen to its owner', async () => {
    const page = await mountInPage(
      browser,
      `
      import { useState } from 'react';
      import { RadiosField, TextField } from '../forms/fields.tsx';
      import { show } from './show.tsx';
      function Form() {
        const [name, setName] = useState('');
        const [rating, setRating] = useState('');
        return (
          <form>
            <TextField id="name" label="Name" value={name} onChange={setName} />
            <RadiosField id="rating" legend="Rating" options={[{ value: 'good', label: 'Good' }, { value: 'poor', label: 'Poor' }]} value={rating} onChange={setRating} />
            <p id="echo">{name}/{rating}</p>
          </form>
        );
      }
      show(<Form />);
      `,
    );
    await page.getByLabel('Name').fill('Neil');
    await page.getByLabel('Poor').check();
    await page.locator('#echo').getByText('Neil/poor').waitFor();
  });
});
