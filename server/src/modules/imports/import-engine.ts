import { Injectable } from '@nestjs/common';
import type { ImportIssue, ImportReport } from '@pameran/contracts';
import type { z } from 'zod';
import { UnitOfWork, type Tx } from '../../domain';
import type { TextRecord } from './csv';
import { readSheet, type Sheet } from './sheet-reader';
import { ImportException } from './imports.exception';

/** A row's cells keyed by (normalised) column name; empty cells are absent. */
export type RowCells = Record<string, string | undefined>;

/** What one kind of import accepts; the engine knows nothing else about the domain. */
export interface ImportSpec<T> {
  /** Every column the file may have, as normalised header names (`name_id`, `price_rupiah`). */
  columns: readonly string[];
  required: readonly string[];
  /** Validates one row; issue paths start with the column name, so errors name the column. */
  row: z.ZodType<T, RowCells>;
  maxRows?: number;
}

export interface ValidRow<T> {
  line: number;
  value: T;
}

/** Writes all valid rows in the import's unit of work; returns how many records it created. */
export type ImportCommit<T> = (tx: Tx, rows: ValidRow<T>[]) => Promise<number>;

/** `Name ID` → `name_id`, so people may retype headers the way they read them. */
export const normaliseHeader = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

const MAX_ISSUES = 1000;

/** Parse and check every row without writing anything; an unreadable part of the file is one issue. */
export function validateSheet<T>(sheet: Sheet, spec: ImportSpec<T>) {
  const result = validateRecords(sheet.records, spec, !sheet.problem);
  if (sheet.problem) {
    const { line, column, reason } = sheet.problem;
    const head = sheet.records.find(hasText);
    const name = head && head.line < line ? normaliseHeader(head.cells[column] ?? '') : '';
    result.errors.push({ line, field: name || `column ${column + 1}`, reason });
  }
  return result;
}

const hasText = (r: TextRecord) => r.cells.some((c) => c.trim() !== '');

function validateRecords<T>(records: TextRecord[], spec: ImportSpec<T>, complete: boolean) {
  const errors: ImportIssue[] = [];
  const valid: ValidRow<T>[] = [];
  const [head, ...body] = records.filter(hasText);
  if (!head) {
    if (complete) errors.push({ line: 1, field: '(file)', reason: 'the file is empty' });
    return { rows: 0, valid, errors };
  }
  const header = head.cells.map(normaliseHeader);
  header.forEach((h, i) => {
    if (h && !spec.columns.includes(h))
      errors.push({
        line: head.line,
        field: h,
        reason: `unknown column (expected: ${spec.columns.join(', ')})`,
      });
    if (h && header.indexOf(h) !== i)
      errors.push({ line: head.line, field: h, reason: 'column appears twice' });
  });
  for (const col of spec.required)
    if (!header.includes(col))
      errors.push({ line: head.line, field: col, reason: 'required column is missing' });
  if (errors.length) return { rows: body.length, valid, errors };
  const maxRows = spec.maxRows ?? 1000;
  if (body.length > maxRows) {
    errors.push({ line: body[maxRows].line, field: '(file)', reason: `more than ${maxRows} rows` });
    return { rows: body.length, valid, errors };
  }
  for (const record of body) {
    const cells: RowCells = {};
    header.forEach((h, i) => {
      const v = record.cells[i]?.trim();
      if (h && v) cells[h] = v;
    });
    const parsed = spec.row.safeParse(cells);
    if (parsed.success) valid.push({ line: record.line, value: parsed.data });
    else
      for (const issue of parsed.error.issues)
        if (errors.length < MAX_ISSUES)
          errors.push({ line: record.line, field: String(issue.path[0] ?? '(row)'), reason: issue.message });
  }
  return { rows: body.length, valid, errors };
}

/**
 * CSV/XLSX import: parse → validate every row → report every bad row {line, field, reason} → when asked
 * and only if no row is bad, write all rows in one transaction (all or nothing).
 */
@Injectable()
export class ImportEngine {
  constructor(private readonly uow: UnitOfWork) {}

  async run<T>(
    file: Buffer,
    spec: ImportSpec<T>,
    opts: { dryRun: boolean; commit: ImportCommit<T>; tx?: Tx },
  ): Promise<ImportReport> {
    const sheet = await readSheet(file);
    const { rows, valid, errors } = validateSheet(sheet, spec);
    const report: ImportReport = {
      dryRun: opts.dryRun,
      format: sheet.format,
      rows,
      valid: valid.length,
      imported: 0,
      errors,
    };
    if (opts.dryRun) return report;
    if (errors.length) {
      throw new ImportException(
        'import_invalid',
        `${errors.length} problem(s) in the file; nothing was imported`,
        errors.slice(0, 100).map((e) => ({ path: `line ${e.line}.${e.field}`, message: e.reason })),
      );
    }
    const imported = await this.uow.within(opts.tx, (tx) => opts.commit(tx, valid));
    return { ...report, imported };
  }
}
