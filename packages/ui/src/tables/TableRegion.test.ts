import { createElement } from 'react';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, showInPage } from '../testing/chromium.ts';
import { mountInPage } from '../testing/mount.ts';
import { TableRegion } from './TableRegion.tsx';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const wideTable = (captionId?: string) =>
  createElement(
    'table',
    { className: 'govuk-table', style: { minWidth: '900px' } },
    createElement('caption', { className: 'govuk-table__caption', id: captionId }, 'Criterion scores'),
    createElement(
      'tbody',
      { className: 'govuk-table__body' },
      createElement(
        'tr',
        { className: 'govuk-table__row' },
        createElement('td', { className: 'govuk-table__cell' }, '62%'),
      ),
    ),
  );

describe('the table region', () => {
  it('is named by its caption’s id in the markup itself, and scrolls inside itself on a phone', async () => {
    const page = await showInPage(
      browser,
      createElement(TableRegion, { labelledBy: 'scores-caption', children: wideTable('scores-caption') }),
    );
    const region = page.getByRole('region', { name: 'Criterion scores' });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getAttribute('aria-label')).toBeNull();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('takes a given name, or its caption’s once it shows', async () => {
    const named = await showInPage(browser, createElement(TableRegion, { label: 'Scores', children: wideTable() }));
    expect(await named.getByRole('region', { name: 'Scores' }).count()).toBe(1);
    const live = await mountInPage(
      browser,
      `
      import { TableRegion } from '../tables/TableRegion.tsx';
      import { show } from './show.tsx';
      show(<TableRegion><table className="govuk-table"><caption>Measures of B1</caption><tbody><tr><td>1</td></tr></tbody></table></TableRegion>);
      `,
    );
    await live.getByRole('region', { name: 'Measures of B1' }).waitFor();
  });
});
