import { csvCell, inZone, plainColumns, toCsv } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks, and doubles inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+6281234')).toBe("'+6281234");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
  });

  it('writes a BOM, a header and CRLF lines', () => {
    const out = toCsv([{ key: 'n', value: (r: { n: number }) => r.n }], [{ n: 1 }, { n: 2 }]);
    expect(out).toBe('\ufeffn\r\n1\r\n2\r\n');
  });
});

describe('inZone', () => {
  const columns = plainColumns<{ starts_wib: string; name: string }>(['starts_wib', 'name']);
  it('names the time columns for the fair’s zone and still reads the rows’ own names', () => {
    const wita = inZone(columns, 'Asia/Makassar');
    expect(wita.map((c) => c.key)).toEqual(['starts_wita', 'name']);
    expect(toCsv(wita, [{ starts_wib: '2026-12-04 09:00', name: 'A' }])).toContain('2026-12-04 09:00,A');
  });
  it('leaves a WIB fair’s columns as they were', () => {
    expect(inZone(columns, 'Asia/Jakarta').map((c) => c.key)).toEqual(['starts_wib', 'name']);
  });
});
