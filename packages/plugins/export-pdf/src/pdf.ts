// A published report as an A4 PDF. The domain turns the report model into document blocks (headings, text, score
// and measure tables); this lays them out with pdfkit in DejaVu Sans, embedded (subset) from the font package, so
// the file needs no network and no system font, and every character the report uses (–, ’, −, ≥) prints.
import { createRequire } from 'node:module';
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
type Structure = PDFKit.PDFStructureElement;

export async function reportPdf(report: PublishedReportModel): Promise<Uint8Array> {
  // Imported on the first export, not at start: pdfkit and its font tables cost every start of the API a second.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    // Tagged: headings, paragraphs, lists and tables are in the structure tree, so screen readers and reflow see
    // the report's structure; rules, shading and page footers are marked as artifacts.
    tagged: true,
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

  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const block of reportDocument(report)) write(doc, block, root);
  root.end();
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

function write(doc: Doc, block: DocumentBlock, parent: Structure): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  switch (block.kind) {
    case 'heading': {
      const size = HEADING_SIZE[block.level];
      if (block.level === 2 && doc.y > doc.page.margins.top + 1) doc.moveDown(0.8);
      keepRoom(doc, size * 4);
      doc
        .font('bold')
        .fontSize(size)
        .fillColor('#0b0c0c')
        .text(block.text, x, doc.y, { width, structParent: parent, structType: `H${block.level}` });
      doc.moveDown(0.35);
      break;
    }
    case 'paragraph': {
      const style = block.style;
      doc
        .font(style === 'signature' ? 'bold' : style === 'note' || style === 'caption' ? 'italic' : 'regular')
        .fontSize(style === 'caption' ? 12 : BODY_SIZE)
        .fillColor(style === 'caption' || style === 'note' ? '#505a5f' : '#0b0c0c')
        .text(block.text, x, doc.y, { width, lineGap: 1.5, structParent: parent, structType: 'P' });
      doc.moveDown(0.5);
      break;
    }
    case 'list': {
      doc.font('regular').fontSize(BODY_SIZE).fillColor('#0b0c0c');
      const list = doc.struct('L');
      parent.add(list);
      block.items.forEach((item, i) => {
        const marker = block.ordered ? `${i + 1}.` : '•';
        keepRoom(doc, BODY_SIZE * 2);
        const top = doc.y;
        const entry = doc.struct('LI');
        list.add(entry);
        doc.text(marker, x, top, { width: 14, structParent: entry, structType: 'Lbl' });
        doc.text(item, x + 16, top, { width: width - 16, lineGap: 1.5, structParent: entry, structType: 'LBody' });
        entry.end();
        doc.moveDown(0.25);
      });
      list.end();
      doc.moveDown(0.3);
      break;
    }
    case 'table':
      table(doc, block, parent);
      break;
  }
  doc.x = x;
}

function table(doc: Doc, block: Extract<DocumentBlock, { kind: 'table' }>, parent: Structure): void {
  const x0 = doc.page.margins.left;
  const width = contentWidth(doc);
  const widths = block.widths.map((w) => w * width);
  doc.font('bold').fontSize(TABLE_SIZE + 1);
  keepRoom(doc, 60);
  const tableStructure = doc.struct('Table');
  parent.add(tableStructure);
  doc
    .fillColor('#0b0c0c')
    .text(block.caption, x0, doc.y, { width, structParent: tableStructure, structType: 'Caption' });
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
  /** Draws a row; a header repeated on a later page is drawn as an artifact, so it is in the structure once. */
  const drawRow = (cells: readonly string[], header: boolean, repeated = false) => {
    const height = rowHeight(cells, header);
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      // The header row repeats at the top of each page the table runs onto.
      if (!header && block.header.some((h) => h !== '')) drawRow(block.header, true, true);
    }
    const top = doc.y;
    if (header) artifact(doc, () => doc.rect(x0, top, width, height).fill(HEADER_FILL));
    const row = repeated ? null : doc.struct('TR');
    if (row) tableStructure.add(row);
    if (repeated) doc.markContent('Artifact', { type: 'Pagination' });
    let x = x0;
    cells.forEach((cell, i) => {
      doc.font(cellFont(header, i)).fontSize(TABLE_SIZE).fillColor('#0b0c0c');
      doc.text(cell || ' ', x + CELL_PADDING, top + CELL_PADDING, {
        width: widths[i]! - 2 * CELL_PADDING,
        lineGap: 0.5,
        ...(row ? { structParent: row, structType: header || i === 0 ? 'TH' : 'TD' } : {}),
      });
      x += widths[i]!;
    });
    if (repeated) doc.endMarkedContent();
    row?.end();
    artifact(doc, () =>
      doc
        .moveTo(x0, top + height)
        .lineTo(x0 + width, top + height)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke(),
    );
    doc.y = top + height;
  };
  if (block.header.some((h) => h !== '')) drawRow(block.header, true);
  for (const row of block.rows) drawRow(row, false);
  tableStructure.end();
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
    doc.markContent('Artifact', { type: 'Pagination' });
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
    doc.endMarkedContent();
    doc.page.margins.bottom = margin;
  }
}

/** Drawing that carries no content (rules, shading): marked so assistive technology skips it. */
function artifact(doc: Doc, draw: () => void): void {
  doc.markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent();
}
