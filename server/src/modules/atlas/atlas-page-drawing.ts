import { ATLAS_LEVELS, type AtlasCell } from '@pameran/contracts';
import { createHash } from 'node:crypto';
import sharp, { type OverlayOptions } from 'sharp';
import { logoSvg, productSvg } from '../media/pictures';
import { boothBlock, PAGE, toRect, type Box } from './atlas-layout';
import type { AtlasBoothSource } from './read-models/atlas-sources.read-model';

/** Bump when the drawing changes, so every page is drawn again and gets new content-hashed names. */
export const DRAWING_VERSION = 'atlas-v1';
const WALL = '#f8f2e8';
const EMPTY = '#e9e1d4';

/** An uploaded picture's bytes (JPEG) at one width, or null when it is not in the store. */
export type UploadReader = (key: string, width: number) => Promise<Buffer | null>;

export interface DrawnPage {
  files: { level: number; key: string; body: Buffer }[];
  cells: AtlasCell[];
}

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** A generated picture placed in a box of the page (covering it, cropped in the middle). */
const nested = (svg: string, b: Box) =>
  svg
    .replace(/^<svg /, `<svg x="${b.x}" y="${b.y}" preserveAspectRatio="xMidYMid slice" `)
    .replace(/ width="\d+" height="\d+"/, ` width="${b.w}" height="${b.h}"`);

/** The name on the banner: "Pondok Pesantren" shortened as on the fascia, long names cut with an ellipsis. */
function bannerName(name: string, room: number, size: number): string {
  const short = name.replace(/^Pondok Pesantren\s+/i, 'PP ');
  const fits = Math.floor(room / (size * 0.56));
  return short.length <= fits ? short : `${short.slice(0, fits - 1).trimEnd()}…`;
}

/** The SVG of a booth's block: banner with name, generated logo and product pictures where none is uploaded. */
function blockSvg(b: AtlasBoothSource, uploaded: { logo: boolean; products: boolean[] }): string {
  const block = boothBlock(b.slot);
  const { banner, logo, products } = block;
  const size = Math.round(banner.h * 0.36);
  const textX = logo.x + logo.w + 8;
  const parts = [
    `<rect x="${block.panel.x}" y="${block.panel.y}" width="${block.panel.w}" height="${block.panel.h}" fill="${WALL}"/>`,
    `<rect x="${banner.x}" y="${banner.y}" width="${banner.w}" height="${banner.h}" fill="${escapeXml(b.colour)}"/>`,
    `<text x="${textX}" y="${banner.y + banner.h / 2 + size * 0.35}" font-family="sans-serif" font-weight="700" font-size="${size}" fill="#fff">${escapeXml(bannerName(b.name, banner.x + banner.w - textX - 4, size))}</text>`,
  ];
  if (!uploaded.logo)
    parts.push(nested(logoSvg({ key: b.exhibitorId, name: b.name, colour: b.colour }), logo));
  products.forEach((box, i) => {
    const p = b.products[i];
    if (!p)
      parts.push(
        `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="3" fill="${EMPTY}"/>`,
      );
    else if (!uploaded.products[i])
      parts.push(
        `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" fill="#fff"/>` +
          nested(productSvg({ name: { id: p.name }, category: p.category }, b.colour), box),
      );
  });
  return parts.join('');
}

async function overlay(
  read: UploadReader,
  key: string,
  width: number,
  box: Box,
): Promise<OverlayOptions | null> {
  const src = await read(key, width);
  if (!src) return null;
  const input = await sharp(src).resize(box.w, box.h, { fit: 'cover' }).toBuffer();
  return { input, left: box.x, top: box.y };
}

/**
 * Draws a zone's page: one SVG for everything generated (rendered once by librsvg), the uploaded logos
 * and product photos laid over it, then one JPEG per level. File keys hash the bytes, so an unchanged page
 * keeps its names and browsers keep their copies.
 */
export async function drawAtlasPage(booths: AtlasBoothSource[], read: UploadReader): Promise<DrawnPage> {
  const overlays: OverlayOptions[] = [];
  const svg: string[] = [];
  for (const b of booths) {
    const block = boothBlock(b.slot);
    const logo = b.logoKey ? await overlay(read, b.logoKey, 128, block.logo) : null;
    const products = await Promise.all(
      block.products.map((box, i) => {
        const key = b.products[i]?.imageKey;
        return key ? overlay(read, key, 320, box) : Promise.resolve(null);
      }),
    );
    for (const o of [logo, ...products]) if (o) overlays.push(o);
    svg.push(blockSvg(b, { logo: !!logo, products: products.map((o) => !!o) }));
  }
  const page =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE}" height="${PAGE}" viewBox="0 0 ${PAGE} ${PAGE}">` +
    `<rect width="${PAGE}" height="${PAGE}" fill="${WALL}"/>${svg.join('')}</svg>`;
  const raw = await sharp(Buffer.from(page), { limitInputPixels: PAGE * PAGE })
    .composite(overlays)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const files: DrawnPage['files'] = [];
  for (const level of ATLAS_LEVELS) {
    const body = await sharp(raw.data, { raw: raw.info })
      .resize(level, level)
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
    const key = createHash('sha256')
      .update(`${DRAWING_VERSION}:${level}:`)
      .update(body)
      .digest('hex')
      .slice(0, 24);
    files.push({ level, key, body });
  }
  return {
    files,
    cells: booths.map((b) => ({ boothId: b.boothId, rect: toRect(boothBlock(b.slot).panel) })),
  };
}

/** A hash of everything a page is drawn from (an unchanged zone is not drawn again). */
export const sourceHash = (booths: AtlasBoothSource[]) =>
  createHash('sha256').update(DRAWING_VERSION).update(JSON.stringify(booths)).digest('hex');
