import { createHash } from 'node:crypto';
import sharp, { type Metadata, type OutputInfo, type SharpOptions } from 'sharp';
import { uploadErrors } from './uploads.exception';
import { IMAGE_WIDTHS, outputName, type ImageKind } from './upload-urls';

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/** Decoded size limit (width × height) against decompression bombs: a 108 MP phone photo still fits. */
export const MAX_INPUT_PIXELS = 120_000_000;
/** Bump when the outputs change, so content-hashed names change with them. */
const PIPELINE_VERSION = 'v1';

export type SourceFormat = 'jpeg' | 'png' | 'webp' | 'avif';
export const ACCEPTED = 'a JPEG, PNG, WebP or AVIF image';

/** The format by the file's first bytes (never by its name or the browser's claimed type). */
export function sniff(buf: Buffer): SourceFormat | null {
  if (buf.length < 12) return null;
  if (buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (buf.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(buf.toString('latin1', 8, 12)))
    return 'avif';
  return null;
}

export interface OutputFile {
  name: string;
  body: Buffer;
  contentType: 'image/webp' | 'image/jpeg';
}

export interface ProcessedImage {
  key: string;
  width: number;
  height: number;
  files: OutputFile[];
}

const SHARP_METADATA_FORMAT: Record<SourceFormat, string[]> = {
  jpeg: ['jpeg'],
  png: ['png'],
  webp: ['webp'],
  avif: ['heif', 'avif'],
};

/** libvips refuses over-limit images by message only. */
const decodeError = (err: unknown) =>
  /pixel limit/i.test((err as Error).message)
    ? uploadErrors.tooManyPixels(MAX_INPUT_PIXELS)
    : uploadErrors.corrupt();

/**
 * Check an uploaded picture and re-encode it into every width of its kind, as WebP and JPEG (the fallback).
 * Decoding happens once, at the largest width (JPEG shrink-on-load keeps that cheap); EXIF orientation is
 * applied and all metadata (GPS included) dropped. All work runs in libuv's thread pool, off the event loop.
 */
export async function processImage(buf: Buffer, kind: ImageKind): Promise<ProcessedImage> {
  const format = sniff(buf);
  if (!format) throw uploadErrors.type(ACCEPTED);
  const options: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' };
  let meta: Metadata;
  try {
    meta = await sharp(buf, options).metadata();
  } catch (err) {
    throw decodeError(err);
  }
  if (!SHARP_METADATA_FORMAT[format].includes(meta.format ?? '')) throw uploadErrors.corrupt();
  if (!meta.width || !meta.height) throw uploadErrors.corrupt();
  if (meta.width * meta.height > MAX_INPUT_PIXELS) throw uploadErrors.tooManyPixels(MAX_INPUT_PIXELS);

  const widths = IMAGE_WIDTHS[kind];
  const largest = widths[widths.length - 1];
  let base: { data: Buffer; info: OutputInfo };
  try {
    base = await sharp(buf, options)
      .rotate()
      .resize({ width: largest, height: largest, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (err) {
    throw decodeError(err);
  }
  const { width, height, channels } = base.info;
  const key = createHash('sha256')
    .update(`${PIPELINE_VERSION}:${kind}:`)
    .update(buf)
    .digest('hex')
    .slice(0, 24);
  const files: OutputFile[] = [];
  for (const w of widths) {
    const resized = () =>
      sharp(base.data, { raw: { width, height, channels } }).resize({
        width: w,
        height: w,
        fit: 'inside',
        withoutEnlargement: true,
      });
    files.push({
      name: outputName(key, w, 'webp'),
      body: await resized().webp({ quality: 80, effort: 3 }).toBuffer(),
      contentType: 'image/webp',
    });
    files.push({
      name: outputName(key, w, 'jpg'),
      body: await resized()
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 82, progressive: true })
        .toBuffer(),
      contentType: 'image/jpeg',
    });
  }
  return { key, width, height, files };
}
