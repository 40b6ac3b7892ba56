/**
 * Sum of the uncompressed sizes an XLSX (a zip) declares in its central directory, read without
 * inflating anything, so a zip bomb is refused before a parser expands it. Null when it is not a zip.
 */
export function declaredUnzippedBytes(buf: Buffer): number | null {
  const EOCD = 0x06054b50;
  const CDH = 0x02014b50;
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CDH) return null;
    total += buf.readUInt32LE(at + 24);
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return total;
}
