import { join } from 'node:path';
import type { ImportErrorCode } from '@pameran/contracts';
import { runWorker, WorkerFailed } from '../../common/worker-thread';
import { parseCsv, type TextProblem, type TextRecord } from './csv';
import { ImportException } from './imports.exception';
import type { XlsxAnswer } from './xlsx-records';
import type { ZipLimits } from './zip-guard';

export type SheetFormat = 'csv' | 'xlsx';
export interface Sheet {
  format: SheetFormat;
  records: TextRecord[];
  /** The file could be read only up to here (records holds what came before). */
  problem?: TextProblem;
}

/** Measured while inflating, never taken from the archive's headers (see zip-guard.ts). */
const XLSX_LIMITS: ZipLimits = { totalBytes: 50 * 1024 * 1024, entryBytes: 40 * 1024 * 1024, entries: 2000 };
/** One workbook's parse: inflating 50 MB and reading 1000 rows takes a few seconds at most. */
const XLSX_TIMEOUT_MS = 20_000;
/** Workbooks parsed at once on one node, and how many more may wait before a caller is told to retry. */
const XLSX_PARALLEL = 2;
const XLSX_WAITING = 8;

const fileError = (code: ImportErrorCode, message: string) =>
  new ImportException(code, message, [{ path: 'file', message }]);

let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= XLSX_PARALLEL) {
    if (waiting.length >= XLSX_WAITING)
      throw fileError('import_busy', 'Too many workbooks are being read right now; try again shortly');
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const REFUSED: Record<Exclude<XlsxAnswer, { ok: true }>['reason'], ImportErrorCode> = {
  too_large: 'import_too_large',
  corrupt: 'import_corrupt',
  empty: 'import_empty',
};

/**
 * The first sheet of an XLSX, read in a worker thread with a bounded heap and time, so a workbook built
 * to expand (a zip bomb, huge shared strings) costs one thread and never the event loop of the live hall.
 */
async function readXlsx(buf: Buffer): Promise<TextRecord[]> {
  const file = new Uint8Array(buf);
  const answer = await inTurn(() =>
    runWorker<XlsxAnswer>(
      join(__dirname, 'xlsx.worker'),
      { file, limits: XLSX_LIMITS },
      {
        timeoutMs: XLSX_TIMEOUT_MS,
        resourceLimits: { maxOldGenerationSizeMb: 512 },
        transferList: [file.buffer],
      },
    ).catch((e: unknown) => {
      if (e instanceof WorkerFailed)
        throw fileError('import_too_large', 'The XLSX file takes too much to read');
      throw e;
    }),
  );
  if (!answer.ok) throw fileError(REFUSED[answer.reason], answer.message);
  return answer.records;
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
