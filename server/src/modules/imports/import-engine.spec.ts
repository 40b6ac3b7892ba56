import { z } from 'zod';
import { validateSheet, type ImportSpec, type RowCells } from './import-engine';
import { readSheet } from './sheet-reader';

const spec: ImportSpec<RowCells> = {
  columns: ['name', 'note', 'price'],
  required: ['name'],
  row: z.object({ name: z.string(), note: z.string().optional(), price: z.string().optional() }),
};
const check = async (text: string) => validateSheet(await readSheet(Buffer.from(text)), spec);

describe('reading and checking an import file', () => {
  it('reads quoted values with doubled quotes, delimiters and line breaks, and numbers lines as typed', async () => {
    const report = await check(
      'name,note,price\r\n"Kopi ""Halu""","pahit, manis",1\r\n"Dodol\r\nGarut",,2\r\n\r\nTeh,b"c,3',
    );
    expect(report.errors).toEqual([]);
    expect(report.valid).toEqual([
      { line: 2, value: { name: 'Kopi "Halu"', note: 'pahit, manis', price: '1' } },
      { line: 3, value: { name: 'Dodol\r\nGarut', price: '2' } },
      { line: 6, value: { name: 'Teh', note: 'b"c', price: '3' } },
    ]);
  });

  it('reports a quote that is never closed on its row and column, and still checks the rows before it', async () => {
    const report = await check(
      'name;note;price\n' +
        'Keripik;renyah;15.000\n' +
        ';tanpa nama;1\n' +
        'Sabun;"wangi sereh;12.500\n' +
        'Teh;hijau;9.000\n' +
        'Kopi;hitam;20.000\n',
    );
    expect(report.valid.map((r) => r.line)).toEqual([2]);
    expect(report.errors).toEqual([
      { line: 3, field: 'name', reason: expect.any(String) },
      { line: 4, field: 'note', reason: expect.stringMatching(/quote.*never closed/i) },
    ]);
  });

  it('does not call a file empty when its header is what is broken', async () => {
    const report = await check('name,"note\nTeh,hijau\n');
    expect(report.errors).toEqual([
      { line: 1, field: 'column 2', reason: expect.stringMatching(/never closed/) },
    ]);
  });
});
