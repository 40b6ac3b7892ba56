import { zoneColumn } from '../../common/fair-time';

/** A report as a download: the file's name and its CSV text. */
export interface CsvFile {
  filename: string;
  body: string;
}

/** A value in a report cell: text, a number, a yes/no, or nothing. */
export type CsvValue = string | number | boolean | null | undefined;

/** Leading characters a spreadsheet would run as a formula (CSV injection); such text gets a `'` first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): numbers as they are, text guarded against formula injection, and quoted
 * (inner quotes doubled) when it holds a comma, a semicolon, a quote or a line break.
 */
export function csvCell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  const s = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A whole CSV file: a UTF-8 byte-order mark (so spreadsheet programs read Indonesian text right), the
 * header, then one line per row, CRLF line ends.
 */
export function toCsv<R>(
  columns: readonly { key: string; value: (row: R) => CsvValue }[],
  rows: R[],
): string {
  const lines = [columns.map((c) => csvCell(c.key)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Columns read straight from same-named properties of raw SQL rows. */
export function plainColumns<R extends Record<string, CsvValue>>(keys: readonly (keyof R & string)[]) {
  return keys.map((key) => ({ key, value: (r: R) => r[key] }));
}

/**
 * Time columns named for the fair's zone (`starts_wita` in a WITA fair): the rows keep the `_wib` names
 * their SQL gives them, the header says in which zone the times were written.
 */
export function inZone<R>(
  columns: readonly { key: string; value: (row: R) => CsvValue }[],
  timeZone: string,
): { key: string; value: (row: R) => CsvValue }[] {
  const zone = zoneColumn(timeZone);
  return columns.map((c) => ({ ...c, key: c.key.replace(/_wib$/, `_${zone}`) }));
}
