import { createElement } from 'react';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, showInPage } from '../testing/chromium.ts';
import { Table, type TableColumn } from './Table.tsx';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

interface CriterionScore {
  code: string;
  title: string;
  met: number;
  applicable: number;
}

// The reference report's criterion 1.1 and 1.2 figures.
const scores: CriterionScore[] = [
  { code: '1.1', title: 'Assessment', met: 31, applicable: 50 },
  { code: '1.2', title: 'Planning', met: 44, applicable: 50 },
];

const columns = (wide: boolean): (TableColumn<CriterionScore> | false)[] => [
  { header: 'Criterion', rowHeader: true, cell: (s) => `${s.code} ${s.title}` },
  { header: 'Met', numeric: true, cell: (s) => s.met },
  { header: 'Applicable', numeric: true, cell: (s) => s.applicable },
  wide && { header: 'Note', cell: () => 'A note long enough to widen the table past a phone '.repeat(4) },
];

describe('the table', () => {
  it('has its caption, column headers, a header per row and numeric columns aligned right', async () => {
    const page = await showInPage(
      browser,
      createElement(Table<CriterionScore>, {
        caption: { text: 'Criterion scores', size: 'm' },
        columns: columns(false),
        rows: scores,
        rowKey: (s) => s.code,
        rowProps: (s) => ({ 'data-testid': `criterion-${s.code}` }),
        testId: 'scores',
      }),
      640,
    );
    const table = page.getByRole('table', { name: 'Criterion scores' });
    expect(await table.getAttribute('data-testid')).toBe('scores');
    expect(await table.locator('caption').getAttribute('class')).toBe('govuk-table__caption govuk-table__caption--m');
    expect(await table.locator('thead th[scope="col"]').allInnerTexts()).toEqual(['Criterion', 'Met', 'Applicable']);
    expect(await table.locator('tbody th[scope="row"]').allInnerTexts()).toEqual(['1.1 Assessment', '1.2 Planning']);
    expect(await page.getByTestId('criterion-1.1').locator('td').allInnerTexts()).toEqual(['31', '50']);
    const met = page.getByTestId('criterion-1.1').locator('td').first();
    expect(await met.getAttribute('class')).toBe('govuk-table__cell govuk-table__cell--numeric');
    expect(await met.evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');
    expect(await page.getByRole('columnheader', { name: 'Met' }).evaluate((el) => getComputedStyle(el).textAlign)).toBe(
      'right',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('scrolls inside a region named by its caption on a phone, leaving out a column it is told to', async () => {
    const page = await showInPage(
      browser,
      createElement(Table<CriterionScore>, {
        caption: { text: 'Criterion scores with notes', id: 'scores-caption' },
        columns: columns(true),
        rows: scores,
        rowKey: (s) => s.code,
      }),
    );
    const region = page.getByRole('region', { name: 'Criterion scores with notes' });
    expect(await region.getAttribute('aria-labelledby')).toBe('scores-caption');
    expect(await region.locator('thead th').count()).toBe(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const narrow = await showInPage(
      browser,
      createElement(Table<CriterionScore>, {
        caption: { text: 'Scores', size: 'hidden' },
        columns: columns(false),
        rows: scores,
        region: false,
      }),
    );
    expect(await narrow.getByRole('region').count()).toBe(0);
    expect(await narrow.locator('caption').getAttribute('class')).toBe('govuk-visually-hidden');
    expect(await narrow.locator('thead th').count()).toBe(3);
    expect(await narrow.getByRole('table', { name: 'Scores' }).count()).toBe(1);
  });

  it('names its region otherwise where told: by a heading above it, or by a label of its own', async () => {
    const byHeading = await showInPage(
      browser,
      createElement(
        'section',
        null,
        createElement('h2', { id: 'scores-heading' }, 'Scores this year'),
        createElement(Table<CriterionScore>, {
          caption: { text: 'Scores, by criterion', size: 'hidden' },
          columns: columns(false),
          rows: scores,
          region: { labelledBy: 'scores-heading' },
        }),
      ),
    );
    expect(await byHeading.getByRole('region', { name: 'Scores this year' }).count()).toBe(1);
    expect(await byHeading.getByRole('table', { name: 'Scores, by criterion' }).count()).toBe(1);
    const labelled = await showInPage(
      browser,
      createElement(Table<CriterionScore>, {
        caption: { text: 'By criterion', size: 'm' },
        columns: columns(false),
        rows: scores,
        region: { label: 'Scores, by criterion' },
      }),
    );
    expect(await labelled.getByRole('region', { name: 'Scores, by criterion' }).count()).toBe(1);
    expect(await axeViolations(labelled)).toEqual([]);
  });

  it('has no header row where its rows’ headers alone say what each cell holds: a score, inspection by inspection', async () => {
    // The reference report's B1 score: 48% at the original inspection, 62% (24 of 39) at the follow-up.
    const lines = [
      { id: 'original', inspection: 'Original inspection (2004)', score: '48%' },
      { id: 'current', inspection: 'Follow-up inspection (2005)', score: '62% (24 of 39)' },
    ];
    const page = await showInPage(
      browser,
      createElement(Table<(typeof lines)[number]>, {
        caption: { text: 'B1 score', size: 's' },
        columns: [
          { rowHeader: true, cell: (line) => line.inspection },
          { numeric: true, cell: (line) => line.score },
        ],
        rows: lines,
        className: 'app-score-table',
      }),
    );
    const table = page.getByRole('table', { name: 'B1 score' });
    expect(await table.getAttribute('class')).toBe('govuk-table app-score-table');
    expect(await table.locator('thead').count()).toBe(0);
    expect(await page.getByRole('columnheader').count()).toBe(0);
    expect(await page.getByRole('rowheader').allInnerTexts()).toEqual([
      'Original inspection (2004)',
      'Follow-up inspection (2005)',
    ]);
    const follow = page.getByRole('row', { name: /Follow-up/ }).getByRole('cell');
    expect(await follow.innerText()).toBe('62% (24 of 39)');
    expect(await follow.evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');
    expect(await page.getByRole('region', { name: 'B1 score' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('draws a row otherwise where told, as a withheld row spanning the columns', async () => {
    const page = await showInPage(
      browser,
      createElement(Table<CriterionScore>, {
        caption: { text: 'Scores' },
        columns: columns(false),
        rows: scores,
        rowKey: (s) => s.code,
        rowCells: (s) =>
          s.code === '1.2'
            ? [
                createElement('th', { key: 'h', scope: 'row', className: 'govuk-table__header' }, s.code),
                createElement('td', { key: 'w', className: 'govuk-table__cell', colSpan: 2 }, 'Withheld'),
              ]
            : null,
      }),
    );
    expect((await page.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()))).toEqual([
      ['1.1 Assessment', '31', '50'],
      ['1.2', 'Withheld'],
    ]);
  });
});
