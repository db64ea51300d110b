// A published report as a Word document. The domain turns the report model into document blocks (headings, text,
// score and measure tables); this writes them with real Word headings (so the navigation pane and screen readers
// see the report's structure), bullet lists and tables whose header rows repeat on each page.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { reportDocument, type DocumentBlock, type PublishedReportModel } from '@scrutiny/domain';

const HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;
const NUMBERED = 'report-numbered';
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6' } as const;

export async function reportDocx(report: PublishedReportModel): Promise<Uint8Array> {
  const children = reportDocument(report).flatMap(toWord);
  const doc = new Document({
    title: report.heading,
    subject: `${report.inspection.framework.title}: ${report.inspection.title}`,
    creator: 'Scrutiny',
    keywords: `${report.inspection.area.code}, ${report.inspection.year}, inspection report`,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 21, language: { value: 'en-GB' } } },
        heading1: { run: { font: 'Arial', size: 40, bold: true } },
        heading2: { run: { font: 'Arial', size: 30, bold: true }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading3: { run: { font: 'Arial', size: 25, bold: true }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading4: { run: { font: 'Arial', size: 21, bold: true }, paragraph: { spacing: { before: 160, after: 60 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    text: `${report.inspection.area.name} ${report.inspection.year} – page `,
                    size: 16,
                  }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                  new TextRun({ text: ' of ', size: 16 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function toWord(block: DocumentBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [
            new TextRun({
              text: block.text,
              bold: block.style === 'signature',
              italics: block.style === 'note' || block.style === 'caption',
              color: block.style === 'note' || block.style === 'caption' ? '505A5F' : undefined,
              size: block.style === 'caption' ? 24 : undefined,
            }),
          ],
        }),
      ];
    case 'list':
      return block.items.map(
        (item, i) =>
          new Paragraph({
            children: [new TextRun(item)],
            spacing: { after: i === block.items.length - 1 ? 160 : 60 },
            ...(block.ordered ? { numbering: { reference: NUMBERED, level: 0 } } : { bullet: { level: 0 } }),
          }),
      );
    case 'table':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 120, after: 60 },
          children: [new TextRun({ text: block.caption, bold: true })],
        }),
        table(block),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
  }
}

function table(block: Extract<DocumentBlock, { kind: 'table' }>): Table {
  const cell = (text: string, header: boolean, width: number, rowHeader: boolean) =>
    new TableCell({
      width: { size: Math.round(width * 100), type: WidthType.PERCENTAGE },
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
      shading: header ? { type: ShadingType.CLEAR, fill: 'F3F2F1', color: 'auto' } : undefined,
      children: [new Paragraph({ children: [new TextRun({ text, bold: header || rowHeader, size: 17 })] })],
    });
  const hasHeader = block.header.some((h) => h !== '');
  const rows = [
    ...(hasHeader
      ? [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: block.header.map((h, i) => cell(h, true, block.widths[i]!, false)),
          }),
        ]
      : []),
    ...block.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: row.map((text, i) => cell(text, false, block.widths[i]!, i === 0)),
        }),
    ),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
    rows,
  });
}
