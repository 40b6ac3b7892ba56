import { once } from 'node:events';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** One entry of a crafted zip: its real content, and what its headers should claim (by default, the truth). */
export interface CraftedEntry {
  name: string;
  data: Buffer;
  /** Already deflated (for content too large to hold): `data` is then ignored. */
  deflated?: { body: Buffer; crc: number; size: number };
  /** The uncompressed size written in both the local and the central header. */
  claimedSize?: number;
  /** Stored instead of deflated. */
  stored?: boolean;
}

/**
 * A zip built byte by byte, so a spec can make its headers lie (a zip bomb that declares 100 bytes per
 * entry) — what an attacker's tool does and no zip library will.
 */
export function craftZip(entries: CraftedEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.deflated?.body ?? (e.stored ? e.data : deflateRawSync(e.data, { level: 9 }));
    const size = e.claimedSize ?? e.deflated?.size ?? e.data.length;
    const crc = e.deflated?.crc ?? crc32(e.data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(e.stored ? 0 : 8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** The parts of a minimal one-sheet workbook, with `sheetXml` as its sheet (the place a bomb hides). */
export function workbookEntries(sheetXml: Buffer | string, claimedSheetSize?: number): CraftedEntry[] {
  const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`);
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return [
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}">` +
          '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: typeof sheetXml === 'string' ? xml(sheetXml) : sheetXml,
      claimedSize: claimedSheetSize,
    },
  ];
}

/** A sheet of inline-string rows, `[['name', 'price'], ['Teh', '5000']]`. */
export function sheetXml(rows: string[][]): string {
  const col = (i: number) => String.fromCharCode(65 + i);
  const body = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map((c, i) => `<c r="${col(i)}${r + 1}" t="inlineStr"><is><t>${c}</t></is></c>`)
          .join('')}</row>`,
    )
    .join('');
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** `head` followed by `total - head.length` spaces, deflated a megabyte at a time (never held whole). */
async function deflateSpaces(head: Buffer, total: number) {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const block = Buffer.alloc(1024 * 1024, 0x20);
  let crc = crc32(head);
  deflate.write(head);
  for (let left = total - head.length; left > 0; left -= block.length) {
    const part = left >= block.length ? block : block.subarray(0, left);
    crc = crc32(part, crc);
    if (!deflate.write(part)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return { body: Buffer.concat(chunks), crc: crc >>> 0, size: total };
}

/**
 * A workbook whose sheet entry declares `claimed` bytes but really inflates to `realBytes` (spaces after
 * a valid sheet, which deflate shrinks ~1000:1): the archive is small, its headers say tiny.
 */
export async function lyingWorkbookBomb(realBytes: number, claimed = 100): Promise<Buffer> {
  const head = Buffer.from(sheetXml([['name'], ['Teh']]));
  const entries = workbookEntries(head, claimed);
  const sheet = entries[entries.length - 1];
  sheet.deflated = await deflateSpaces(head, realBytes);
  return craftZip(entries);
}
