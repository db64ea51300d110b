import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, plainText } from './markdown.ts';

describe('the report texts in Markdown', () => {
  it('keeps the foreword paragraphs and its signature lines with their breaks', () => {
    const blocks = parseMarkdown(
      'Follow-up inspection findings showed some improvement.\n\n*Andrew Bridges*  \n*HM Chief Inspector of Probation*\n\n*July 2005*',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      inlines: [
        { kind: 'em', children: [{ kind: 'text', text: 'Andrew Bridges' }] },
        { kind: 'break' },
        { kind: 'em', children: [{ kind: 'text', text: 'HM Chief Inspector of Probation' }] },
      ],
    });
  });

  it('nests the arrangements sub-bullets under their bullet', () => {
    const [list] = parseMarkdown(
      '- assessed on the:\n  - overall management\n  - quality of assessments\n- The inspection',
    );
    expect(list?.kind).toBe('list');
    if (list?.kind !== 'list') return;
    expect(list.items).toHaveLength(2);
    expect(list.items[0]!.children).toHaveLength(1);
    const nested = list.items[0]!.children[0]!;
    expect(nested.kind === 'list' && nested.items.map((item) => plainText(item.inlines))).toEqual([
      'overall management',
      'quality of assessments',
    ]);
  });

  it('reads numbered recommendations as an ordered list and drops the source bullet glyph', () => {
    const [ordered] = parseMarkdown('1. *strategic probation involvement*\n2. *an accurate register*');
    expect(ordered?.kind === 'list' && ordered.ordered).toBe(true);
    const [bullets] = parseMarkdown('- ▣ Report to the Home Secretary');
    expect(bullets?.kind === 'list' && plainText(bullets.items[0]!.inlines)).toBe('Report to the Home Secretary');
  });

  it('reads headings, bold and links', () => {
    expect(parseMarkdown('### Role')).toEqual([
      { kind: 'heading', level: 3, inlines: [{ kind: 'text', text: 'Role' }] },
    ]);
    expect(parseInline('**Quality of Management:** Board')).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'Quality of Management:' }] },
      { kind: 'text', text: ' Board' },
    ]);
    expect(parseInline('<http://www.homeoffice.gov.uk/x>')).toEqual([
      { kind: 'link', href: 'http://www.homeoffice.gov.uk/x' },
    ]);
  });
});
