import { ATLAS_GRID, ATLAS_LEVELS, ZONE_CAPACITY, type AtlasRect } from '@pameran/contracts';

/** Pages are drawn at the largest level; smaller levels are the same page scaled down. */
export const PAGE = ATLAS_LEVELS[0];
export const BLOCK_W = PAGE / ATLAS_GRID.cols;
export const BLOCK_H = PAGE / ATLAS_GRID.rows;
/**
 * Border left around each booth's panel, filled with the wall's colour: the GPU's smaller mip levels
 * average neighbouring texels, and without it a booth's far-away panel would take on its neighbour's edge.
 */
export const GUTTER = 4;

/** A rectangle in base-level pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface BoothBlock {
  /** The whole picture panel shown on the back wall. */
  panel: Box;
  /** The banner across the top: the booth's colour and name, with the logo at its left. */
  banner: Box;
  logo: Box;
  /** Four square product photos along the bottom. */
  products: [Box, Box, Box, Box];
}

/**
 * Where a booth's pictures go on its zone's page. Blocks are indexed by the booth's slot in its zone, so a
 * booth keeps its place when others join or leave and a page rebuild never moves anyone else's cell.
 */
export function boothBlock(slot: number): BoothBlock {
  if (!Number.isInteger(slot) || slot < 0 || slot >= ZONE_CAPACITY) throw new RangeError(`slot ${slot}`);
  const x = (slot % ATLAS_GRID.cols) * BLOCK_W + GUTTER;
  const y = Math.floor(slot / ATLAS_GRID.cols) * BLOCK_H + GUTTER;
  const w = BLOCK_W - 2 * GUTTER;
  const h = BLOCK_H - 2 * GUTTER;
  const bannerH = Math.round(h * 0.45);
  const pad = 4;
  const logoSize = bannerH - 2 * pad;
  const productSize = Math.min(h - bannerH - pad, Math.floor((w - 5 * pad) / 4));
  const spare = w - 4 * productSize - 5 * pad;
  const products = [0, 1, 2, 3].map((i) => ({
    x: x + pad + Math.floor(spare / 2) + i * (productSize + pad),
    y: y + bannerH + pad / 2,
    w: productSize,
    h: productSize,
  })) as BoothBlock['products'];
  return {
    panel: { x, y, w, h },
    banner: { x, y, w, h: bannerH },
    logo: { x: x + pad, y: y + pad, w: logoSize, h: logoSize },
    products,
  };
}

/** A box as page fractions (what the manifest carries: the same at every level). */
export const toRect = (b: Box): AtlasRect => [b.x / PAGE, b.y / PAGE, b.w / PAGE, b.h / PAGE];
