/** A record of a delimited text file and the line it starts on (1-based; quoted newlines span lines). */
export interface TextRecord {
  line: number;
  cells: string[];
}

/** `;` when the header has more of them than commas (Indonesian spreadsheets export CSV that way). */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  const best = ([',', ';', '\t'] as const).reduce((a, b) => (count(b) > count(a) ? b : a));
  return best;
}

/** RFC 4180 CSV: quoted fields with doubled quotes and embedded newlines; CRLF or LF; a BOM is dropped. */
export function parseCsv(input: string, delimiter = detectDelimiter(input)): TextRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: TextRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    records.push({ line: start, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length) endRecord();
  return records;
}
