import { createElement } from 'react';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, showInPage } from '../testing/chromium.ts';
import { mountInPage } from '../testing/mount.ts';
import { describedBy, FormGroup } from './FormGroup.tsx';
import { RadiosField, SelectField, TextAreaField, TextField } from './fields.tsx';
import { FieldsetGroup } from './FieldsetGroup.tsx';
import { CheckboxField, Checkboxes, Radios } from './choices.tsx';
import { FormButtons, SubmitButton } from './FormButtons.tsx';

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

describe('a fieldset group and the radios and checkboxes built on it', () => {
  it('describes the fieldset by its hint and error, and can hold the page heading in its legend', async () => {
    const page = await showInPage(
      browser,
      createElement(
        'form',
        null,
        createElement(FieldsetGroup, {
          id: 'kind',
          legend: 'Kind of inspection',
          pageHeading: true,
          legendSize: 'l',
          hint: 'Full, or a follow-up of an earlier one',
          error: 'Choose the kind of inspection',
          children: createElement('p', { className: 'govuk-body' }, 'Nothing to choose yet'),
        }),
      ),
    );
    const group = page.getByRole('group', { name: 'Kind of inspection' });
    expect(await group.getAttribute('aria-describedby')).toBe('kind-hint kind-error');
    expect(await page.locator('legend.govuk-fieldset__legend--l h1.govuk-fieldset__heading').textContent()).toBe(
      'Kind of inspection',
    );
    expect(await page.locator('#kind-error').textContent()).toBe('Error: Choose the kind of inspection');
    expect(await page.locator('.govuk-form-group--error').count()).toBe(1);
  });

  it('gives the first choice the group’s id, each hint to its choice, and shows what a chosen answer asks', async () => {
    const page = await showInPage(
      browser,
      createElement(
        'form',
        null,
        createElement(Radios, {
          id: 'baseline',
          legend: 'Baseline inspection',
          error: 'Choose the baseline',
          options: [
            { value: 'a', label: 'West Midlands 2019', hint: 'Full inspection' },
            {
              value: 'b',
              label: 'West Midlands 2022',
              conditional: { id: 'baseline-b-more', content: createElement('p', { className: 'govuk-body' }, 'Why') },
            },
          ],
          value: 'b',
          onChange: ignore,
        }),
        createElement(Checkboxes, {
          id: 'scopes',
          legend: 'What the token may do',
          hint: 'Choose at least one',
          small: true,
          options: [
            { value: 'READ', label: 'Read published figures', hint: 'Reports and open data', hintId: 'read-hint' },
            { value: 'WRITE', label: 'Send case lists', id: 'scope-write' },
          ],
          chosen: new Set(['WRITE']),
          onToggle: ignore,
        }),
        createElement(CheckboxField, { id: 'only', label: 'Show disagreements only', checked: true, onChange: ignore }),
      ),
    );
    expect(await page.locator('#baseline').getAttribute('value')).toBe('a');
    expect(await page.getByLabel('West Midlands 2019').getAttribute('aria-describedby')).toBe('baseline-hint');
    expect(await page.getByLabel('West Midlands 2022').getAttribute('id')).toBe('baseline-b');
    expect(await page.getByLabel('West Midlands 2022').getAttribute('aria-controls')).toBe('baseline-b-more');
    expect(await page.locator('#baseline-b-more').textContent()).toBe('Why');
    expect(await page.getByRole('group', { name: 'Baseline inspection' }).getAttribute('aria-describedby')).toBe(
      'baseline-error',
    );
    expect(await page.locator('#scopes').getAttribute('aria-describedby')).toBe('read-hint');
    expect(await page.getByLabel('Send case lists').isChecked()).toBe(true);
    expect(await page.getByLabel('Read published figures').isChecked()).toBe(false);
    expect(await page.locator('.govuk-checkboxes--small').count()).toBe(1);
    expect(await page.getByLabel('Show disagreements only').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('hands each choice to its owner, and reveals the question under an answer only once it is chosen', async () => {
    const page = await mountInPage(
      browser,
      `
      import { useState } from 'react';
      import { Checkboxes, Radios } from '../forms/choices.tsx';
      import { show } from './show.tsx';
      function Form() {
        const [answer, setAnswer] = useState('');
        const [chosen, setChosen] = useState<string[]>([]);
        return (
          <form>
            <Radios
              id="answer"
              legend="Was the risk assessed?"
              options={[
                { value: 'yes', label: 'Yes' },
                { value: 'na', label: 'Not applicable', conditional: { id: 'answer-reason-group', content: <p id="reason">Why not?</p> } },
              ]}
              value={answer}
              onChange={setAnswer}
            />
            <Checkboxes
              id="evidence"
              legend="Evidence"
              options={[{ value: 'one', label: 'Minutes' }, { value: 'two', label: 'Policy' }]}
              chosen={chosen}
              onToggle={(value, ticked) => setChosen(ticked ? [...chosen, value] : chosen.filter((c) => c !== value))}
            />
            <p id="echo">{answer}/{chosen.join(',')}</p>
          </form>
        );
      }
      show(<Form />);
      `,
    );
    expect(await page.locator('#reason').count()).toBe(0);
    await page.getByLabel('Not applicable').check();
    await page.getByLabel('Policy').check();
    await page.getByLabel('Minutes').check();
    await page.getByLabel('Policy').uncheck();
    await page.locator('#echo').getByText('na/one').waitFor();
    expect(await page.locator('#answer-reason-group:not(.govuk-radios__conditional--hidden) #reason').count()).toBe(1);
  });
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
