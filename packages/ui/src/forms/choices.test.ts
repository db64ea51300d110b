import { createElement } from 'react';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, showInPage } from '../testing/chromium.ts';
import { mountInPage } from '../testing/mount.ts';
import { FieldsetGroup } from './FieldsetGroup.tsx';
import { CheckboxField, Checkboxes, Radios } from './choices.tsx';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const ignore = () => undefined;

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
