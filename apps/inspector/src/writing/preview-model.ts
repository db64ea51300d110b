// The pieces of the draft report's preview that are more than markup: report text as blocks, the glossary as terms,
// the team as the report lists it, and each criterion's score table (original against follow-up). The figures are
// the API's; nothing here computes a score.

export type TextBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'numbered'; items: string[]; start: number };

const BULLET = /^\s*(?:[-*•▣]|\u25a3)\s+/;
const NUMBERED = /^\s*(\d+)[.)]\s+/;

/** Plain words of a line written with a little Markdown: emphasis markers and HTML tags dropped. */
export function plain(line: string): string {
  return line
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1$2')
    .replace(/_([^_\s][^_]*)_/g, '$1')
    .trim();
}

/** Report text as paragraphs, headings and lists: a blank line ends a paragraph, "- " starts a bullet. */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const last = blocks[blocks.length - 1];
    if (!line.trim()) {
      endParagraph();
      continue;
    }
    if (/^#{1,6}\s/.test(line)) {
      endParagraph();
      blocks.push({ kind: 'heading', text: plain(line.replace(/^#+\s*/, '')) });
    } else if (BULLET.test(line)) {
      endParagraph();
      const item = plain(line.replace(BULLET, ''));
      if (last?.kind === 'bullets' && paragraph.length === 0) last.items.push(item);
      else blocks.push({ kind: 'bullets', items: [item] });
    } else if (NUMBERED.test(line)) {
      endParagraph();
      const start = Number(NUMBERED.exec(line)![1]);
      const item = plain(line.replace(NUMBERED, ''));
      if (last?.kind === 'numbered') last.items.push(item);
      else blocks.push({ kind: 'numbered', items: [item], start });
    } else if (
      paragraph.length === 0 &&
      (last?.kind === 'bullets' || last?.kind === 'numbered') &&
      /^\s{2,}/.test(raw)
    ) {
      // An indented line continues the list item above it.
      last.items[last.items.length - 1] += ` ${plain(line)}`;
    } else paragraph.push(plain(line));
  }
  endParagraph();
  return blocks;
}

export interface GlossaryTerm {
  term: string;
  meaning: string;
}

/** The glossary, one term a line: "OASys<tab>Offender Assessment System", or with " – ", " - " or ": " between. */
export function glossaryTerms(text: string): GlossaryTerm[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(.+?)(?:\t+|\s+[–-]\s+|:\s+|\s{2,})(.+)$/.exec(line);
      return match ? { term: match[1]!.trim(), meaning: match[2]!.trim() } : { term: line, meaning: '' };
    });
}

const TEAM_ROLES: readonly { role: string; title: string }[] = [
  { role: 'LEAD_INSPECTOR', title: 'HM Inspectors' },
  { role: 'INSPECTOR', title: 'HM Inspectors' },
  { role: 'AREA_ASSESSOR', title: 'Area Assessors' },
  { role: 'INFORMATION_MANAGER', title: 'Information Manager' },
  { role: 'ADMIN_OFFICER', title: 'Inspection Admin Officer' },
];

/** The team as the acknowledgements list it: one line per role, the lead inspector first among the inspectors. */
export function teamLines(
  team: readonly { role: string; user: { name: string } }[],
): { title: string; names: string[] }[] {
  const lines: { title: string; names: string[] }[] = [];
  for (const { role, title } of TEAM_ROLES) {
    const names = team.filter((m) => m.role === role).map((m) => m.user.name);
    if (names.length === 0) continue;
    const line = lines.find((l) => l.title === title);
    if (line) line.names.push(...names);
    else lines.push({ title, names });
  }
  return lines;
}

export interface CriterionFigure {
  code: string;
  percentage: number | null;
  met: number | null;
  applicable: number | null;
  adjusted: boolean;
}
export interface BaselineFigure {
  kind: string;
  key: string;
  subsample: string;
  baselinePercentage: number | null;
  baselineAdjusted: boolean;
}

export interface ScoreTable {
  original: { percentage: number; adjusted: boolean } | null;
  current: { percentage: number | null; met: number | null; applicable: number | null };
}

/** A criterion's score table for the whole sample, or null when the framework does not score it. */
export function scoreTable(
  code: string,
  scoringRule: string,
  scores: readonly CriterionFigure[],
  baseline: readonly BaselineFigure[],
): ScoreTable | null {
  if (scoringRule === 'notScored') return null;
  const score = scores.find((s) => s.code === code);
  if (!score) return null;
  const before = baseline.find((f) => f.kind === 'CRITERION' && f.key === code && f.subsample === 'ALL');
  return {
    original:
      before && before.baselinePercentage !== null
        ? { percentage: before.baselinePercentage, adjusted: before.baselineAdjusted }
        : null,
    current: { percentage: score.percentage, met: score.met, applicable: score.applicable },
  };
}
