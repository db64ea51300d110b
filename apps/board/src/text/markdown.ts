// The report's texts are stored as a small subset of Markdown (paragraphs, headings, nested bullet and numbered
// lists, bold, italics, <links>, hard line breaks). Parsing to a tree here keeps rendering free of raw HTML.

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string }
  | { kind: 'break' };

export interface ListItem {
  inlines: Inline[];
  children: Block[];
}

export type Block =
  | { kind: 'heading'; level: number; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: ListItem[] };

const HARD_BREAK = '\u2028';
const LIST_LINE = /^(\s*)([-*]|\d+\.)\s+(.*)$/;
const HEADING_LINE = /^(#{1,6})\s+(.*)$/;
// The source report marks bullets with a box glyph; the list itself already shows them.
const BULLET_GLYPH = /^▣\s*/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
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
  list: Extract<Block, { kind: 'list' }>;
}

function parseList(lines: string[]): Block {
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

function lastItem(list: Extract<Block, { kind: 'list' }>): ListItem | undefined {
  return list.items[list.items.length - 1];
}

const INLINE = /\*\*([\s\S]+?)\*\*|\*([\s\S]+?)\*|<(https?:\/\/[^>\s]+)>/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    pushText(out, text.slice(last, match.index));
    if (match[1] !== undefined) out.push({ kind: 'strong', children: parseInline(match[1]) });
    else if (match[2] !== undefined) out.push({ kind: 'em', children: parseInline(match[2]) });
    else out.push({ kind: 'link', href: match[3]! });
    last = match.index + match[0].length;
  }
  pushText(out, text.slice(last));
  return out;
}

function pushText(out: Inline[], text: string): void {
  text.split(HARD_BREAK).forEach((part, i) => {
    if (i > 0) out.push({ kind: 'break' });
    if (part !== '') out.push({ kind: 'text', text: part });
  });
}

/** The text of inlines without markup, e.g. for headings' ids or a plain summary. */
export function plainText(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case 'text':
          return inline.text;
        case 'link':
          return inline.href;
        case 'break':
          return ' ';
        default:
          return plainText(inline.children);
      }
    })
    .join('');
}
