import { createElement } from 'react';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, showInPage } from '../testing/chromium.ts';
import { SlopeChart, type SlopeDatum } from './SlopeChart.tsx';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

// West Midlands 2005 against 2004: B1 48% (counts not recorded) to 62% (24 of 39); C2's original adjusted.
const data: SlopeDatum[] = [
  {
    code: 'B1',
    title: 'Assessment of risk of harm',
    baseline: { percentage: 48, met: null, applicable: null, adjusted: false },
    current: { percentage: (24 / 39) * 100, met: 24, applicable: 39, adjusted: false },
  },
  {
    code: 'C2',
    title: 'Risk management plans',
    baseline: { percentage: 54, met: null, applicable: null, adjusted: true },
    current: { percentage: 50, met: 20, applicable: 40, adjusted: false },
    direction: 'DETERIORATED',
  },
];

function chart(rows: SlopeDatum[]) {
  return createElement(SlopeChart, {
    data: rows,
    caption: 'Criterion scores',
    baselineLabel: 'Original (2004)',
    currentLabel: 'Follow-up (2005)',
  });
}

describe('the slope chart', () => {
  it('draws each criterion with its direction and carries the same figures in its table', async () => {
    const page = await showInPage(browser, chart(data), 640);
    const svg = page.getByRole('img', { name: /Slope chart of 2 criterion scores from the original \(2004\)/ });
    expect(await svg.count()).toBe(1);
    expect(await page.locator('.ui-chart__series--improved text').allTextContents()).toEqual(['B1 48%', '62% B1']);
    expect(await page.locator('.ui-chart__series--deteriorated text').allTextContents()).toEqual(['C2 54%*', '50% C2']);
    const rows = await page
      .getByRole('table', { name: 'Figures shown in the chart' })
      .locator('tbody tr')
      .allInnerTexts();
    expect(rows.map((r) => r.split('\t'))).toEqual([
      ['B1 Assessment of risk of harm', '48% (counts not recorded)', '62% (24 of 39)'],
      ['C2 Risk management plans', '54% (counts not recorded, adjusted)', '50% (20 of 40)'],
    ]);
    expect(await page.getByText('* Original score adjusted').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says so when no criterion has figures in both inspections', async () => {
    const page = await showInPage(browser, chart([]));
    expect(await page.locator('svg').count()).toBe(0);
    expect(await page.locator('main p').innerText()).toBe('No criterion has figures in both inspections yet.');
  });
});
