import { crc32, inflateRawSync } from 'node:zlib';

/** How much an archive may really expand to; the sizes it declares are never trusted. */
export interface ZipLimits {
  /** Bytes of all entries together, as actually inflated. */
  totalBytes: number;
  /** Bytes of any one entry, as actually inflated. */
  entryBytes: number;
  entries: number;
}

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** Why an archive was refused: `too_large` when it expands past a limit, `corrupt` for anything else. */
export class ZipRefused extends Error {
  constructor(
    readonly reason: 'too_large' | 'corrupt',
    message: string,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const CDH = 0x02014b50;
const LFH = 0x04034b50;
const STORED = 0;
const DEFLATE = 8;

const corrupt = (why: string) => new ZipRefused('corrupt', `The archive is damaged: ${why}`);

function endOfCentralDirectory(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--)
    if (buf.readUInt32LE(i) === EOCD) return i;
  throw corrupt('no central directory');
}

/**
 * Every entry of a zip, inflated under hard limits. The central directory names the entries and where
 * their data starts; the sizes it (and the local headers) declare are ignored: each entry is inflated with
 * `maxOutputLength` set to what is left of the budget, so an entry that says 100 bytes and expands to
 * gigabytes stops at the limit instead of filling memory. An entry whose real size differs from the
 * declared one is refused as damaged (a parser reading the original could see something else).
 */
export function inflateZip(buf: Buffer, limits: ZipLimits): ZipEntry[] {
  const eocd = endOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  if (count > limits.entries)
    throw new ZipRefused('too_large', `The archive has more than ${limits.entries} entries`);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CDH) throw corrupt('bad central directory');
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressed = buf.readUInt32LE(at + 20);
    const declared = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LFH)
      throw corrupt(`no local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) throw corrupt(`${name} runs past the end of the file`);
    const raw = buf.subarray(start, start + compressed);
    const budget = Math.min(limits.entryBytes, limits.totalBytes - total);
    const data = method === STORED ? raw : method === DEFLATE ? inflateCapped(raw, budget, name) : null;
    if (!data) throw corrupt(`${name} uses an unsupported compression method`);
    if (data.length > budget) throw tooLarge(name);
    if (data.length !== declared || crc32(data) >>> 0 !== crc)
      throw corrupt(`${name} is not what its header says`);
    total += data.length;
    entries.push({ name, data });
  }
  return entries;
}

const tooLarge = (name: string) => new ZipRefused('too_large', `${name} expands to too much data`);

function inflateCapped(raw: Buffer, budget: number, name: string): Buffer {
  try {
    // One byte over the budget, so "exactly at the limit" and "over it" can be told apart.
    return inflateRawSync(raw, { maxOutputLength: budget + 1 });
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw tooLarge(name);
    throw corrupt(`${name} does not inflate`);
  }
}

/**
 * A zip of the given entries, uncompressed ("stored"). The parser is given this rebuilt archive, whose
 * every size was measured here, rather than the uploaded one.
 */
export function storedZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data) >>> 0;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(LFH, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // names are UTF-8
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CDH, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, fileName, data);
    centrals.push(central, fileName);
    offset += head.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
