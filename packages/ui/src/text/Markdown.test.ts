import { createElement } from 'react';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownBlocks } from '@scrutiny/domain';
import { axeViolations, launchChromium, outline, showInPage } from '../testing/chromium.ts';
import { Markdown, InlineMarkdown } from './Markdown.tsx';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

// A text as inspectors write them: a heading, a bullet list with the source report's box glyph and a nested list,
// emphasis, links and a signature with a hard break.
const TEXT = [
  '# Key findings',
  '',
  '- ▣ **Quality of Management:** Board members had',
  '  exercised joint leadership',
  '  - with partners',
  '- plans _on time_',
  '',
  'See <https://example.org/report> and [the guide](https://example.org/guide).',
  '',
  '*Andrew Bridges*  ',
  '*HM Chief Inspector of Probation*',
].join('\n');

describe('report text in the page', () => {
  it('lays a text out as the exports do: the same headings, items and paragraphs, in the same words', async () => {
    const page = await showInPage(browser, createElement(Markdown, { source: TEXT, headingLevel: 2 }));
    const items = await page.$$eval('main li', (lis) =>
      lis.map(
        (li) =>
          (li.firstChild?.textContent ?? '') +
          [...li.childNodes]
            .slice(1)
            .filter((n) => n.nodeName !== 'UL')
            .map((n) => n.textContent)
            .join(''),
      ),
    );
    const paragraphs = await page.$$eval('main p', (ps) =>
      ps.map((p) => (p as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    );
    const blocks = markdownBlocks(TEXT, 2);
    expect(await outline(page)).toEqual(['h1 Page', 'h3 Key findings']);
    expect(blocks[0]).toEqual({ kind: 'heading', level: 3, text: 'Key findings' });
    expect(blocks[1]).toEqual({
      kind: 'list',
      ordered: false,
      items: ['Quality of Management: Board members had exercised joint leadership', 'with partners', 'plans on time'],
    });
    expect(items.map((item) => item.replace(/\s+/g, ' ').trim())).toEqual([
      'Quality of Management: Board members had exercised joint leadership',
      'with partners',
      'plans on time',
    ]);
    expect(paragraphs[0]).toBe('See https://example.org/report and the guide.');
    expect(blocks[2]).toEqual({
      kind: 'paragraph',
      text: 'See https://example.org/report and the guide (https://example.org/guide).',
    });
    expect(await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      'https://example.org/report',
      'https://example.org/guide',
    ]);
    expect(await page.locator('main ul ul li').count()).toBe(1);
    expect(await page.locator('main em').count()).toBe(3);
    expect(await page.locator('main br').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('starts a text’s headings one below the heading it sits under', async () => {
    const page = await showInPage(
      browser,
      createElement(
        'section',
        null,
        createElement('h2', null, 'Summary'),
        createElement('h3', null, 'Key findings'),
        createElement(Markdown, { source: '# Quality\n\nText.', headingLevel: 3 }),
      ),
    );
    expect(await outline(page)).toEqual(['h1 Page', 'h2 Summary', 'h3 Key findings', 'h4 Quality']);
    expect(markdownBlocks('# Quality\n\nText.', 3)[0]).toEqual({ kind: 'heading', level: 4, text: 'Quality' });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('draws inline Markdown without raw HTML', async () => {
    const page = await showInPage(
      browser,
      createElement(
        'p',
        { className: 'govuk-body' },
        createElement(InlineMarkdown, { source: '**Bold** <script>alert(1)</script>' }),
      ),
    );
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.locator('main strong').innerText()).toBe('Bold');
    expect(await axeViolations(page)).toEqual([]);
  });
});
