// The published report as a run of document blocks (headings, paragraphs, lists, tables), in the order the report
// prints them. Page-based exporters (PDF, DOCX) lay these blocks out; they never walk the model themselves, so every
// document prints the same sections, tables and figures, in the same words as the board's page.
import {
  CORRECTION_LABEL,
  DIRECTION_LABEL,
  describeFigure,
  formatChangePoints,
  formatInterval,
  significanceText,
} from './format.ts';
import type { PublishedReportModel, ReportChange, ReportFigure, ReportText } from './model.ts';
import { markdownHeadingLevel, parseInline, parseMarkdown, plainText, type MarkdownBlock } from '../text/markdown.ts';

export type DocumentBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string; style?: 'caption' | 'signature' | 'note' }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | {
      kind: 'table';
      caption: string;
      header: string[];
      rows: string[][];
      /** Relative widths of the columns, summing to 1. */
      widths: number[];
    };

/** A figure in a table cell: "62% (24 of 39), 95% interval 46–75%", with its flags in words. */
export function figureCell(figure: ReportFigure): string {
  const parts = [describeFigure(figure)];
  if (figure.percentage != null && figure.interval) parts.push(`95% interval ${formatInterval(figure.interval)}`);
  if (figure.smallNumber && !figure.suppressed) parts.push('small number');
  if (figure.straddlesBand) parts.push('band uncertain');
  return parts.join(', ');
}

/** A change in a table cell: "+14 points, improved". */
export function changeCell(change: ReportChange | null): string {
  if (!change) return '–';
  return `${formatChangePoints(change.points)} points, ${DIRECTION_LABEL[change.direction].toLowerCase()}`;
}

/**
 * Markdown as plain blocks, parsed by the one parser the pages use: headings, bullet or numbered lists (nested items
 * follow their parent), paragraphs; emphasis and links kept as words. `underLevel` is the level of the heading the
 * text sits under.
 */
export function markdownBlocks(markdown: string, underLevel: 2 | 3 = 2): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  for (const block of parseMarkdown(markdown)) {
    if (block.kind === 'heading') {
      const level = markdownHeadingLevel(block.level, underLevel, 4) as 3 | 4;
      blocks.push({ kind: 'heading', level, text: plainText(block.inlines).trim() });
    } else if (block.kind === 'paragraph') {
      blocks.push({ kind: 'paragraph', text: words(plainText(block.inlines)) });
    } else {
      blocks.push({ kind: 'list', ordered: block.ordered, items: listItems(block) });
    }
  }
  return blocks;
}

function listItems(list: Extract<MarkdownBlock, { kind: 'list' }>): string[] {
  return list.items.flatMap((item) => [
    words(plainText(item.inlines)),
    ...item.children.flatMap((child) => (child.kind === 'list' ? listItems(child) : [])),
  ]);
}

function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Inline Markdown as words: **bold**, *italic*, _italic_, [text](url) and <url> lose their marks. */
export function plain(text: string): string {
  return words(plainText(parseInline(text.replace(/^▣\s*/, ''))));
}

function textBlocks(text: ReportText | null, underLevel: 2 | 3 = 2): DocumentBlock[] {
  if (!text) return [];
  return [
    ...markdownBlocks(text.text, underLevel),
    ...(text.signedBy ? [{ kind: 'paragraph' as const, text: text.signedBy, style: 'signature' as const }] : []),
  ];
}

/** Every block of the report, foreword to the notes on the figures. */
export function reportDocument(report: PublishedReportModel): DocumentBlock[] {
  const { labels } = report;
  const hasBaseline = report.inspection.baseline !== null;
  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', text: report.inspection.framework.title, style: 'caption' },
    { kind: 'heading', level: 1, text: report.heading },
    {
      kind: 'paragraph',
      style: 'note',
      text: report.inspection.published
        ? `Published ${report.inspection.publishedAt ? longDate(report.inspection.publishedAt) : ''}`.trim()
        : 'Draft report, not published: its figures may still change.',
    },
  ];

  if (report.foreword) blocks.push({ kind: 'heading', level: 2, text: 'Foreword' }, ...textBlocks(report.foreword));
  if (report.acknowledgements) {
    blocks.push({ kind: 'heading', level: 2, text: 'Acknowledgements' }, ...textBlocks(report.acknowledgements));
  }
  if (report.glossary.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Glossary' },
      {
        kind: 'table',
        caption: 'Glossary',
        header: ['Term', 'Meaning'],
        rows: report.glossary.map((g) => [g.term, plain(g.meaning)]),
        widths: [0.25, 0.75],
      },
    );
  }
  if (report.reasons) {
    blocks.push({ kind: 'heading', level: 2, text: report.reasons.title }, ...textBlocks(report.reasons.text));
    if (report.reasons.recommendations.length > 0) {
      blocks.push({
        kind: 'table',
        caption: 'Recommendations followed up',
        header: ['Number', 'Recommendation', 'Progress found'],
        rows: report.reasons.recommendations.map((r) => [
          String(r.number),
          plain(r.text),
          r.comment ? `${r.judgementLabel}. ${plain(r.comment)}` : r.judgementLabel,
        ]),
        widths: [0.12, 0.58, 0.3],
      });
    }
  }

  const summary = report.summary;
  blocks.push({ kind: 'heading', level: 2, text: summary.title });
  if (summary.comparison) {
    const c = summary.comparison;
    blocks.push({
      kind: 'paragraph',
      text: `Against the ${labels.original.toLowerCase()}, the ${labels.current.toLowerCase()} showed ${c.summary} (${c.improved} improved, ${c.deteriorated} deteriorated, ${c.unchanged} unchanged).`,
    });
    if (c.reconciliation) blocks.push({ kind: 'paragraph', style: 'note', text: c.reconciliation });
  }
  if (summary.notComputed.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Figures that could not be computed',
      header: ['Figure', 'Cases', 'Why'],
      rows: summary.notComputed.map((f) => [f.text, f.subsampleLabel, f.reason]),
      widths: [0.4, 0.2, 0.4],
    });
  if (summary.keyFindings)
    blocks.push({ kind: 'heading', level: 3, text: 'Key findings' }, ...textBlocks(summary.keyFindings, 3));
  if (summary.slopes.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Criterion scores at a glance',
      header: ['Criterion', labels.original, labels.current],
      rows: summary.slopes.map((s) => [`${s.code} ${s.title}`, figureCell(s.original), figureCell(s.current)]),
      widths: [0.34, 0.33, 0.33],
    });
  }
  if (summary.nextSteps)
    blocks.push({ kind: 'heading', level: 3, text: 'Next steps' }, ...textBlocks(summary.nextSteps, 3));

  blocks.push({ kind: 'heading', level: 2, text: 'Inspection arrangements' }, ...textBlocks(report.arrangements.text));
  if (report.arrangements.methodNote) blocks.push({ kind: 'paragraph', text: report.arrangements.methodNote });
  blocks.push({ kind: 'paragraph', text: report.arrangements.evidenceNote });

  const correction = summary.comparison?.correction ?? 'NONE';
  for (const section of report.sections) {
    blocks.push({ kind: 'heading', level: 2, text: section.heading });
    for (const criterion of section.criteria) {
      blocks.push({ kind: 'heading', level: 3, text: `${criterion.code} ${criterion.title}` });
      if (criterion.score) {
        const rows = [
          ...(criterion.score.original ? [[labels.original, figureCell(criterion.score.original)]] : []),
          [labels.current, figureCell(criterion.score.current)],
          ...(criterion.score.change ? [['Change', changeCell(criterion.score.change)]] : []),
        ];
        blocks.push({
          kind: 'table',
          caption: `${criterion.code} score`,
          header: ['', 'Score'],
          rows,
          widths: [0.4, 0.6],
        });
      } else {
        blocks.push({ kind: 'paragraph', text: 'This criterion was not scored in this inspection.' });
      }
      blocks.push(
        { kind: 'heading', level: 4, text: 'Description' },
        { kind: 'paragraph', text: criterion.description },
      );
      if (criterion.findings.length > 0) {
        blocks.push(
          { kind: 'heading', level: 4, text: 'Findings' },
          { kind: 'list', ordered: false, items: criterion.findings.map((f) => plain(f.text)) },
        );
      }
      if (criterion.measures.length > 0) {
        blocks.push({
          kind: 'table',
          caption: `${criterion.code} measures: share of applicable case files meeting each`,
          header: hasBaseline
            ? ['Measure', 'Cases', labels.original, labels.current, 'Change', 'Significance']
            : ['Measure', 'Cases', labels.current],
          rows: criterion.measures.map((m) =>
            hasBaseline
              ? [
                  m.text,
                  m.subsampleLabel,
                  m.original ? figureCell(m.original) : '–',
                  figureCell(m.current),
                  changeCell(m.change),
                  m.change ? significanceText(m.change, correction) : '–',
                ]
              : [m.text, m.subsampleLabel, figureCell(m.current)],
          ),
          widths: hasBaseline ? [0.26, 0.1, 0.16, 0.16, 0.12, 0.2] : [0.5, 0.15, 0.35],
        });
      }
      for (const example of criterion.goodPractice) {
        blocks.push(
          { kind: 'heading', level: 4, text: example.title || 'Good practice example' },
          { kind: 'paragraph', text: plain(example.text) },
        );
      }
    }
  }

  if (report.role)
    blocks.push({ kind: 'heading', level: 2, text: 'The role of the inspectorate' }, ...textBlocks(report.role));
  blocks.push(
    { kind: 'heading', level: 2, text: 'About the figures' },
    { kind: 'list', ordered: false, items: report.aboutFigures },
  );
  if (summary.notCompared.length > 0)
    blocks.push({
      kind: 'table',
      caption: `Figures not compared with the ${labels.original.toLowerCase()}`,
      header: ['Figure', 'Cases', 'Why'],
      rows: summary.notCompared.map((f) => [f.text, f.subsampleLabel, f.reason]),
      widths: [0.4, 0.2, 0.4],
    });
  if (summary.comparison)
    blocks.push({
      kind: 'paragraph',
      style: 'note',
      text: `Multiple-comparison correction: ${CORRECTION_LABEL[summary.comparison.correction]}.`,
    });
  return blocks;
}

function longDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
