import { z } from 'zod';
import { Category } from './domain';
import { ZONE_CAPACITY } from './hall';

/**
 * Picture atlas pages of the 3D hall (docs/decisions/0018-booth-picture-atlas.md): one page per zone, the
 * pictures of every booth of that zone (banner, logo, four products) in a fixed block per booth slot. Each
 * page exists at every level below (square, power-of-two edges, so the GPU can mipmap it); the client
 * picks the level its device can afford.
 */
export const ATLAS_LEVELS = [2048, 1024] as const;
export type AtlasLevel = (typeof ATLAS_LEVELS)[number];

/** Booth blocks across and down a page; a block is twice as wide as it is high (the back wall's panel). */
export const ATLAS_GRID = { cols: 8, rows: 16 } as const;
if (ATLAS_GRID.cols * ATLAS_GRID.rows < ZONE_CAPACITY)
  throw new Error('an atlas page must hold a whole zone');

/** A rectangle in page fractions (0…1, y down), the same at every level. */
export const AtlasRect = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type AtlasRect = z.infer<typeof AtlasRect>;

export const AtlasCell = z.object({ boothId: z.uuid(), rect: AtlasRect });
export type AtlasCell = z.infer<typeof AtlasCell>;

export const AtlasPage = z.object({
  eventId: z.uuid(),
  zone: Category,
  /** Goes up by one each time the page's pictures change. */
  version: z.number().int().positive(),
  /** Content-hashed, immutable URLs per level (`"2048"`, `"1024"`). */
  urls: z.record(z.enum(['2048', '1024']), z.string()),
  cells: z.array(AtlasCell),
});
export type AtlasPage = z.infer<typeof AtlasPage>;

export const AtlasManifest = z.object({ pages: z.array(AtlasPage) });
export type AtlasManifest = z.infer<typeof AtlasManifest>;

/** GPU bytes of a square RGBA page with its full mip chain (4/3 of the base level). */
export const atlasPageBytes = (level: number) => Math.ceil((level * level * 4 * 4) / 3);
