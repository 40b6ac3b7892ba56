import { Workbook } from 'exceljs';
import { craftZip, lyingWorkbookBomb, sheetXml, workbookEntries } from '../../../test/factories/zip.factory';
import { readSheet } from './sheet-reader';
import { inflateZip, storedZip, ZipRefused } from './zip-guard';

const limits = { totalBytes: 1024 * 1024, entryBytes: 512 * 1024, entries: 10 };
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ZipRefused ? e.reason : `other: ${String(e)}`;
  }
  return 'accepted';
};

describe('the zip guard measures what an archive really expands to', () => {
  it('reads an honest archive and rebuilds it stored, with the same entries', () => {
    const entries = [
      { name: 'a.txt', data: Buffer.from('halo '.repeat(1000)) },
      { name: 'b/c.txt', data: Buffer.from('pameran'), stored: true },
    ];
    const read = inflateZip(craftZip(entries), limits);
    expect(read.map((e) => [e.name, e.data.toString()])).toEqual(
      entries.map((e) => [e.name, e.data.toString()]),
    );
    expect(inflateZip(storedZip(read), limits)).toEqual(read);
  });

  it('stops inflating an entry that declares 100 bytes at the limit, whatever it would become', async () => {
    const bomb = await lyingWorkbookBomb(64 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = process.memoryUsage().arrayBuffers;
    expect(refusal(() => inflateZip(bomb, limits))).toBe('too_large');
    // Never more than the budget was allocated for the lying entry.
    expect(process.memoryUsage().arrayBuffers - started).toBeLessThan(8 * 1024 * 1024);
  });

  it('counts the total across entries, each within its own limit', () => {
    const chunk = Buffer.alloc(400 * 1024, 0x61);
    const zip = craftZip([1, 2, 3].map((n) => ({ name: `${n}.txt`, data: chunk, claimedSize: 10 })));
    expect(refusal(() => inflateZip(zip, { ...limits, totalBytes: 10 * 1024 * 1024 }))).toBe('corrupt');
    const honest = craftZip([1, 2, 3].map((n) => ({ name: `${n}.txt`, data: chunk })));
    expect(refusal(() => inflateZip(honest, limits))).toBe('too_large');
    expect(refusal(() => inflateZip(honest, { ...limits, totalBytes: 2 * 1024 * 1024 }))).toBe('accepted');
  });

  it('refuses too many entries, unknown methods and data that runs past the end', () => {
    const many = craftZip(Array.from({ length: 11 }, (_, n) => ({ name: `${n}`, data: Buffer.from('x') })));
    expect(refusal(() => inflateZip(many, limits))).toBe('too_large');
    const zip = craftZip([{ name: 'a', data: Buffer.from('abc'), stored: true }]);
    const method = Buffer.from(zip);
    method.writeUInt16LE(12, method.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
    expect(refusal(() => inflateZip(method, limits))).toBe('corrupt');
    expect(refusal(() => inflateZip(zip.subarray(0, 20), limits))).toBe('corrupt');
  });
});

describe('reading an XLSX upload', () => {
  it('reads a real workbook in the worker', async () => {
    const book = new Workbook();
    book.addWorksheet('Produk').addRows([
      ['name_id', 'price_rupiah'],
      ['Kopi', 15000],
    ]);
    const sheet = await readSheet(Buffer.from(await book.xlsx.writeBuffer()));
    expect(sheet.records).toEqual([
      { line: 1, cells: ['name_id', 'price_rupiah'] },
      { line: 2, cells: ['Kopi', '15000'] },
    ]);
  });

  it('reads a hand-built workbook', async () => {
    const sheet = await readSheet(craftZip(workbookEntries(sheetXml([['name'], ['Teh']]))));
    expect(sheet.records.map((r) => r.cells)).toEqual([['name'], ['Teh']]);
  });

  it('answers import_too_large for a workbook whose sheet declares 100 bytes and inflates to 2 GiB', async () => {
    const bomb = await lyingWorkbookBomb(2 * 1024 ** 3);
    const started = Date.now();
    await expect(readSheet(bomb)).rejects.toMatchObject({ code: 'import_too_large' });
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 120_000);
});
