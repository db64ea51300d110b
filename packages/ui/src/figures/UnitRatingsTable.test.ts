import { createElement } from 'react';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, showInPage } from '../testing/chromium.ts';
import { UnitRatingsTable } from './UnitRatingsTable.tsx';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('the local units’ ratings', () => {
  it('gives each unit its rating per standard and overall, and withholds a unit with too few files', async () => {
    const page = await showInPage(
      browser,
      createElement(UnitRatingsTable, {
        caption: 'Ratings by local unit',
        captionSize: 'm',
        standards: [{ code: 'S1' }, { code: 'S2' }],
        units: [
          { unit: 'North', caseFiles: 12, standards: ['Good', 'Requires improvement'], overall: 'Good' },
          { unit: 'South', caseFiles: 3, withheld: true, standards: [], overall: '' },
        ],
      }),
      640,
    );
    const table = page.getByRole('table', { name: 'Ratings by local unit' });
    expect((await table.locator('thead th').allInnerTexts()).map((t) => t.trim())).toEqual([
      'Local unit',
      'Case files',
      'S1',
      'S2',
      'Overall',
    ]);
    expect((await table.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()))).toEqual([
      ['North', '12', 'Good', 'Requires improvement', 'Good'],
      ['South', '3', 'Withheld: fewer than 5 case files'],
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
