/** Reads one uploaded XLSX off the main thread (see sheet-reader.ts); answers with an `XlsxAnswer`. */
import { parentPort, workerData } from 'node:worker_threads';
import { readXlsxRecords } from './xlsx-records';
import type { ZipLimits } from './zip-guard';

const { input } = workerData as { input: { file: Uint8Array; limits: ZipLimits } };
const file = Buffer.from(input.file.buffer, input.file.byteOffset, input.file.byteLength);
void readXlsxRecords(file, input.limits).then(
  (answer) => parentPort?.postMessage(answer),
  () => parentPort?.postMessage({ ok: false, reason: 'corrupt', message: 'The XLSX file is damaged' }),
);
