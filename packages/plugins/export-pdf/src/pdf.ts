// A published report as an A4 PDF. The domain turns the report model into document blocks (headings, text, score
// and measure tables); this lays them out with pdfkit in DejaVu Sans, embedded (subset) from the font package, so
// the file needs no network and no system font, and every character the report uses (–, ’, −, ≥) prints.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { reportDocument, type DocumentBlock, type PublishedReportModel } from '@scrutiny/domain';

const require = createRequire(import.meta.url);
const FONT = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf' } as const;
const fontPath = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);

const MARGIN = 56;
const BODY_SIZE = 10;
const TABLE_SIZE = 8;
const HEADING_SIZE = { 1: 20, 2: 15, 3: 12.5, 4: 10.5 } as const;
const CELL_PADDING = 3;
const RULE = '#b1b4b6';
const HEADER_FILL = '#f3f2f1';

type Doc = PDFKit.PDFDocument;

export async function reportPdf(report: PublishedReportModel): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: report.heading,
      Subject: `${report.inspection.framework.title}: ${report.inspection.title}`,
      Creator: 'Scrutiny',
      Keywords: `${report.inspection.area.code}, ${report.inspection.year}, inspection report`,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.registerFont('regular', fontPath(FONT.regular));
  doc.registerFont('bold', fontPath(FONT.bold));
  doc.registerFont('italic', fontPath(FONT.italic));
  doc.font('regular').fontSize(BODY_SIZE);

  for (const block of reportDocument(report)) write(doc, block);
  footers(doc, report);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page when less than `height` is left, so a heading never sits alone at the foot of a page. */
function keepRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function write(doc: Doc, block: DocumentBlock): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  switch (block.kind) {
    case 'heading': {
      const size = HEADING_SIZE[block.level];
      if (block.level === 2 && doc.y > doc.page.margins.top + 1) doc.moveDown(0.8);
      keepRoom(doc, size * 4);
      doc.font('bold').fontSize(size).fillColor('#0b0c0c').text(block.text, x, doc.y, { width });
      doc.moveDown(0.35);
      break;
    }
    case 'paragraph': {
      const style = block.style;
      doc
        .font(style === 'signature' ? 'bold' : style === 'note' || style === 'caption' ? 'italic' : 'regular')
        .fontSize(style === 'caption' ? 12 : BODY_SIZE)
        .fillColor(style === 'caption' || style === 'note' ? '#505a5f' : '#0b0c0c')
        .text(block.text, x, doc.y, { width, lineGap: 1.5 });
      doc.moveDown(0.5);
      break;
    }
    case 'list': {
      doc.font('regular').fontSize(BODY_SIZE).fillColor('#0b0c0c');
      block.items.forEach((item, i) => {
        const marker = block.ordered ? `${i + 1}.` : '•';
        keepRoom(doc, BODY_SIZE * 2);
        const top = doc.y;
        doc.text(marker, x, top, { width: 14 });
        doc.text(item, x + 16, top, { width: width - 16, lineGap: 1.5 });
        doc.moveDown(0.25);
      });
      doc.moveDown(0.3);
      break;
    }
    case 'table':
      table(doc, block);
      break;
  }
  doc.x = x;
}

function table(doc: Doc, block: Extract<DocumentBlock, { kind: 'table' }>): void {
  const x0 = doc.page.margins.left;
  const width = contentWidth(doc);
  const widths = block.widths.map((w) => w * width);
  doc.font('bold').fontSize(TABLE_SIZE + 1);
  keepRoom(doc, 60);
  doc.fillColor('#0b0c0c').text(block.caption, x0, doc.y, { width });
  doc.moveDown(0.2);

  // Each cell is measured in the font it is drawn in: first-column cells name their row, in bold.
  const cellFont = (header: boolean, column: number) => (header || column === 0 ? 'bold' : 'regular');
  const rowHeight = (cells: readonly string[], header: boolean) =>
    Math.max(
      ...cells.map((cell, i) =>
        doc
          .font(cellFont(header, i))
          .fontSize(TABLE_SIZE)
          .heightOfString(cell || ' ', { width: widths[i]! - 2 * CELL_PADDING, lineGap: 0.5 }),
      ),
    ) +
    2 * CELL_PADDING;
  const drawRow = (cells: readonly string[], header: boolean) => {
    const height = rowHeight(cells, header);
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      // The header row repeats at the top of each page the table runs onto.
      if (!header && block.header.some((h) => h !== '')) drawRow(block.header, true);
    }
    const top = doc.y;
    if (header) doc.rect(x0, top, width, height).fill(HEADER_FILL);
    let x = x0;
    cells.forEach((cell, i) => {
      // First-column cells name their row: bold, like a row header.
      doc
        .font(header || i === 0 ? 'bold' : 'regular')
        .fontSize(TABLE_SIZE)
        .fillColor('#0b0c0c');
      doc.text(cell, x + CELL_PADDING, top + CELL_PADDING, { width: widths[i]! - 2 * CELL_PADDING, lineGap: 0.5 });
      x += widths[i]!;
    });
    doc
      .moveTo(x0, top + height)
      .lineTo(x0 + width, top + height)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.y = top + height;
  };
  if (block.header.some((h) => h !== '')) drawRow(block.header, true);
  for (const row of block.rows) drawRow(row, false);
  doc.moveDown(0.8);
  doc.font('regular').fontSize(BODY_SIZE);
}

/** "West Midlands Probation Area 2005 – page 3 of 41" at the foot of every page. */
function footers(doc: Doc, report: PublishedReportModel): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#505a5f')
      .text(
        `${report.inspection.area.name} ${report.inspection.year} – page ${i + 1} of ${range.count}`,
        doc.page.margins.left,
        doc.page.height - margin / 2,
        { width: contentWidth(doc), align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = margin;
  }
}
