import { Workbook, type CellValue } from 'exceljs';
import type { TextRecord } from './csv';
import { inflateZip, storedZip, ZipRefused, type ZipLimits } from './zip-guard';

/** What the XLSX worker answers: the first sheet's rows, or why the workbook was refused. */
export type XlsxAnswer =
  | { ok: true; records: TextRecord[] }
  | { ok: false; reason: 'too_large' | 'corrupt' | 'empty'; message: string };

/** A cell as the text a person typed (numbers without exponent, dates as YYYY-MM-DD, rich text joined). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('hyperlink' in v) return cellText((v as { text: CellValue }).text);
  if ('result' in v) return cellText((v as { result?: CellValue }).result ?? null);
  return '';
}

/**
 * The first sheet of an XLSX as text records. The archive is inflated by the guard under `limits` and
 * the spreadsheet parser reads the guard's rebuilt copy, so nothing it expands was left unmeasured.
 * Runs inside the XLSX worker thread (xlsx.worker.ts).
 */
export async function readXlsxRecords(buf: Buffer, limits: ZipLimits): Promise<XlsxAnswer> {
  let safe: Buffer;
  try {
    safe = storedZip(inflateZip(buf, limits));
  } catch (e) {
    if (e instanceof ZipRefused) return { ok: false, reason: e.reason, message: e.message };
    throw e;
  }
  const book = new Workbook();
  try {
    await book.xlsx.load(safe as unknown as ArrayBuffer);
  } catch {
    return { ok: false, reason: 'corrupt', message: 'The XLSX file is damaged' };
  }
  const sheet = book.worksheets[0];
  if (!sheet) return { ok: false, reason: 'empty', message: 'The workbook has no sheet' };
  const records: TextRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    records.push({ line, cells });
  });
  return { ok: true, records };
}
