import { CsvError, parse } from 'csv-parse/sync';

/** A record of a delimited text file and the line it starts on (1-based; quoted newlines span lines). */
export interface TextRecord {
  line: number;
  cells: string[];
}

/** Where a file stops being readable: the line its record starts on, the column (0-based) and why. */
export interface TextProblem {
  line: number;
  column: number;
  reason: string;
}

/** `;` when the header has more of them than commas (Indonesian spreadsheets export CSV that way). */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  const best = ([',', ';', '\t'] as const).reduce((a, b) => (count(b) > count(a) ? b : a));
  return best;
}

const lineBreaks = (s: string) => s.match(/\r\n|\r|\n/g)?.length ?? 0;

/** What a person should do about each way a CSV can be broken. */
function reasonOf(err: CsvError): string {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted value is never closed: the file ends inside it (add the missing ")';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'text follows a closing quote (inside a quoted value, write a quote as "")';
    default:
      return `the file cannot be read here (${err.message})`;
  }
}

/**
 * RFC 4180 CSV (csv-parse): quoted fields with doubled quotes and embedded newlines; CRLF or LF; a BOM is
 * dropped; a stray quote inside an unquoted value is kept as text. A malformed record (a quote never
 * closed) stops the reading there: the records before it are returned with the problem, so the import
 * reports the line and column instead of reading the rest of the file as one value.
 */
export function parseCsv(
  input: string,
  delimiter = detectDelimiter(input),
): { records: TextRecord[]; problem?: TextProblem } {
  const records: TextRecord[] = [];
  let line = 1;
  try {
    parse(input, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      on_record: (cells: string[]) => {
        records.push({ line, cells });
        // A record ends at a line break; any other break is inside one of its quoted values.
        line += 1 + cells.reduce((n, c) => n + lineBreaks(c), 0);
        return null;
      },
    });
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const column = typeof err.index === 'number' ? err.index : 0;
    return { records, problem: { line, column, reason: reasonOf(err) } };
  }
  return { records };
}
