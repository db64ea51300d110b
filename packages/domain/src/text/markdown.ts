// The one Markdown parser: report texts are stored as a small subset of Markdown (paragraphs, headings, nested
// bullet and numbered lists, bold, italics, <links> and [words](links), hard line breaks). The board's report page,
// the inspector's draft preview and every exporter read this tree, so a text lays out the same everywhere; parsing
// to a tree keeps rendering free of raw HTML.

export type MarkdownInline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: MarkdownInline[] }
  | { kind: 'em'; children: MarkdownInline[] }
  | { kind: 'link'; href: string; text?: string }
  | { kind: 'break' };

export interface MarkdownListItem {
  inlines: MarkdownInline[];
  children: MarkdownBlock[];
}

export type MarkdownBlock =
  | { kind: 'heading'; level: number; inlines: MarkdownInline[] }
  | { kind: 'paragraph'; inlines: MarkdownInline[] }
  | { kind: 'list'; ordered: boolean; items: MarkdownListItem[] };

const HARD_BREAK = '\u2028';
const LIST_LINE = /^(\s*)([-*]|\d+\.)\s+(.*)$/;
const HEADING_LINE = /^(#{1,6})\s+(.*)$/;
// The source report marks bullets with a box glyph; the list itself already shows them.
const BULLET_GLYPH = /^▣\s*/;

export function parseMarkdown(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    let rest = lines;
    while (rest.length > 0) {
      const first = rest[0]!;
      const heading = HEADING_LINE.exec(first);
      if (heading) {
        blocks.push({ kind: 'heading', level: heading[1]!.length, inlines: parseInline(heading[2]!) });
        rest = rest.slice(1);
      } else if (LIST_LINE.test(first)) {
        blocks.push(parseList(rest));
        rest = [];
      } else {
        blocks.push({ kind: 'paragraph', inlines: parseInline(joinLines(rest)) });
        rest = [];
      }
    }
  }
  return blocks;
}

function joinLines(lines: string[]): string {
  return lines
    .map((line, i) => (i < lines.length - 1 && / {2,}$/.test(line) ? line.trimEnd() + HARD_BREAK : line.trim()))
    .join(' ')
    .replaceAll(HARD_BREAK + ' ', HARD_BREAK);
}

interface OpenList {
  indent: number;
  list: Extract<MarkdownBlock, { kind: 'list' }>;
}

function parseList(lines: string[]): MarkdownBlock {
  const root: OpenList = {
    indent: indentOf(lines[0]!),
    list: { kind: 'list', ordered: isOrdered(lines[0]!), items: [] },
  };
  const stack: OpenList[] = [root];
  for (const line of lines) {
    const match = LIST_LINE.exec(line);
    if (!match) {
      const last = lastItem(stack[stack.length - 1]!.list);
      if (last) last.inlines.push({ kind: 'text', text: ' ' }, ...parseInline(line.trim()));
      continue;
    }
    const indent = match[1]!.length;
    while (stack.length > 1 && indent < stack[stack.length - 1]!.indent) stack.pop();
    let top = stack[stack.length - 1]!;
    if (indent > top.indent) {
      const parent = lastItem(top.list);
      const nested: OpenList = { indent, list: { kind: 'list', ordered: /\d/.test(match[2]!), items: [] } };
      if (parent) parent.children.push(nested.list);
      stack.push(nested);
      top = nested;
    }
    top.list.items.push({ inlines: parseInline(match[3]!.replace(BULLET_GLYPH, '')), children: [] });
  }
  return root.list;
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

function isOrdered(line: string): boolean {
  return /\d/.test(LIST_LINE.exec(line)![2]!);
}

function lastItem(list: Extract<MarkdownBlock, { kind: 'list' }>): MarkdownListItem | undefined {
  return list.items[list.items.length - 1];
}

const INLINE =
  /\*\*(?<strong>[\s\S]+?)\*\*|__(?<strongU>[\s\S]+?)__|\*(?<em>[\s\S]+?)\*|(?<![\w])_(?<emU>[^_\s][^_]*?)_(?![\w])|<(?<url>https?:\/\/[^>\s]+)>|\[(?<linkText>[^\]]+)\]\((?<linkUrl>https?:\/\/[^)\s]+)\)/g;

export function parseInline(text: string): MarkdownInline[] {
  const out: MarkdownInline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const { strong, strongU, em, emU, url, linkText, linkUrl } = match.groups!;
    pushText(out, text.slice(last, match.index));
    if (strong !== undefined || strongU !== undefined)
      out.push({ kind: 'strong', children: parseInline((strong ?? strongU)!) });
    else if (em !== undefined || emU !== undefined) out.push({ kind: 'em', children: parseInline((em ?? emU)!) });
    else if (url !== undefined) out.push({ kind: 'link', href: url });
    else out.push({ kind: 'link', href: linkUrl!, text: linkText! });
    last = match.index + match[0].length;
  }
  pushText(out, text.slice(last));
  return out;
}

function pushText(out: MarkdownInline[], text: string): void {
  text.split(HARD_BREAK).forEach((part, i) => {
    if (i > 0) out.push({ kind: 'break' });
    if (part !== '') out.push({ kind: 'text', text: part });
  });
}

/** The text of inlines without markup, e.g. for headings' ids or a plain summary. */
export function plainText(inlines: MarkdownInline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case 'text':
          return inline.text;
        case 'link':
          return inline.text ? `${inline.text} (${inline.href})` : inline.href;
        case 'break':
          return ' ';
        default:
          return plainText(inline.children);
      }
    })
    .join('');
}

/**
 * The level a heading inside a text takes: one below the heading the text sits under at least, so a page's or a
 * document's outline stays in order, and never deeper than the deepest level the medium has.
 */
export function markdownHeadingLevel(sourceLevel: number, underLevel: number, deepest = 6): number {
  return Math.min(deepest, Math.max(sourceLevel, underLevel + 1));
}
