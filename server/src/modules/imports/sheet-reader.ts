import { Workbook, type CellValue } from 'exceljs';
import { parseCsv, type TextProblem, type TextRecord } from './csv';
import { declaredUnzippedBytes } from './zip-guard';
import { ImportException } from './imports.exception';
import type { ImportErrorCode } from '@pameran/contracts';

export type SheetFormat = 'csv' | 'xlsx';
export interface Sheet {
  format: SheetFormat;
  records: TextRecord[];
  /** The file could be read only up to here (records holds what came before). */
  problem?: TextProblem;
}

const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

const fileError = (code: ImportErrorCode, message: string) =>
  new ImportException(code, message, [{ path: 'file', message }]);

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

async function readXlsx(buf: Buffer): Promise<TextRecord[]> {
  const declared = declaredUnzippedBytes(buf);
  if (declared === null) throw fileError('import_corrupt', 'The XLSX file is damaged');
  if (declared > MAX_UNZIPPED_BYTES)
    throw fileError('import_too_large', 'The XLSX file expands to too much data');
  const book = new Workbook();
  try {
    await book.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw fileError('import_corrupt', 'The XLSX file is damaged');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw fileError('import_empty', 'The workbook has no sheet');
  const records: TextRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    records.push({ line, cells });
  });
  return records;
}

/** CSV (UTF-8, `,` or `;`) or XLSX (first sheet), told apart by content, never by the file's name. */
export async function readSheet(buf: Buffer): Promise<Sheet> {
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50)
    return { format: 'xlsx', records: await readXlsx(buf) };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (text.includes('\u0000') || text.includes('\ufffd')) {
    throw fileError('import_type', 'The file is neither a CSV (UTF-8 text) nor an XLSX workbook');
  }
  return { format: 'csv', ...parseCsv(text) };
}
