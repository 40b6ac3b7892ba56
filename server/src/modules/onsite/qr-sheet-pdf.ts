import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/** One code on a sheet: where it leads and the lines printed under it (the first in bold). */
export interface SheetCard {
  url: string;
  lines: [string, ...string[]];
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 36;
const COLUMNS = 2;
const ROWS = 3;
/** 65 mm: a phone reads it from about a metre and a half, across a booth's counter or a table. */
const QR_SIZE = 184;
const HEADER = 28;

/** Draws one QR code's dark modules as squares (vector, sharp at any print size) with a 4-module quiet zone. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / (modules.size + 8);
  for (let r = 0; r < modules.size; r++)
    for (let c = 0; c < modules.size; c++)
      if (modules.get(r, c)) doc.rect(x + (c + 4) * cell, y + (r + 4) * cell, cell, cell);
  doc.fillColor('#000').fill();
}

/**
 * A printable A4 sheet: six codes a page (two across, three down) with their labels, and the sheet's title
 * on top of every page so loose pages can be sorted back. Cut lines are left to the printer's margins.
 */
export function qrSheetPdf(title: string, cards: SheetCard[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: A4, margin: MARGIN, info: { Title: title, Creator: 'Pameran' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const cellW = (A4[0] - 2 * MARGIN) / COLUMNS;
  const cellH = (A4[1] - 2 * MARGIN - HEADER) / ROWS;
  const perPage = COLUMNS * ROWS;
  const pages = Math.max(1, Math.ceil(cards.length / perPage));
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    doc.font('Helvetica').fontSize(10).fillColor('#444');
    doc.text(`${title} (${p + 1}/${pages})`, MARGIN, MARGIN, { width: A4[0] - 2 * MARGIN, lineBreak: false });
    cards.slice(p * perPage, (p + 1) * perPage).forEach((card, i) => {
      const x = MARGIN + (i % COLUMNS) * cellW;
      const y = MARGIN + HEADER + Math.floor(i / COLUMNS) * cellH;
      drawQr(doc, card.url, x + (cellW - QR_SIZE) / 2, y, QR_SIZE);
      const [first, ...rest] = card.lines;
      const textOpts = { width: cellW - 16, align: 'center' as const, height: 34, ellipsis: true };
      doc
        .font('Helvetica-Bold')
        .fontSize(13)
        .fillColor('#000')
        .text(first, x + 8, y + QR_SIZE + 2, textOpts);
      doc.font('Helvetica').fontSize(10).fillColor('#222');
      for (const line of rest) doc.text(line, x + 8, doc.y + 1, { ...textOpts, height: 14 });
    });
  }
  doc.end();
  return done;
}
