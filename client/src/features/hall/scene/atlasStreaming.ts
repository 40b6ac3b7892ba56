import { zoneRect, type AtlasPage, type Category } from '@pameran/contracts';

/**
 * Which picture pages to hold on the GPU (docs/decisions/0018-booth-picture-atlas.md): zones nearest the
 * visitor first, as many as fit the texture budget (bytes uploaded to the GPU, mip levels included);
 * pages held beyond the budget, the farthest first, are let go.
 */
export interface StreamPlan {
  load: Category[];
  evict: Category[];
}

/** Distance from a point to a zone's rectangle on the floor (0 inside it). */
export function zoneDistance(zone: Category, x: number, z: number): number {
  const r = zoneRect(zone);
  const dx = Math.max(r.x0 - x, 0, x - r.x1);
  const dz = Math.max(r.z0 - z, 0, z - r.z1);
  return Math.hypot(dx, dz);
}

export function planStream(
  pages: Pick<AtlasPage, 'zone'>[],
  held: ReadonlySet<Category>,
  at: { x: number; z: number },
  pageBytes: number,
  budget: number,
): StreamPlan {
  const byDistance = [...pages].sort(
    (a, b) => zoneDistance(a.zone, at.x, at.z) - zoneDistance(b.zone, at.x, at.z),
  );
  const keep = new Set(byDistance.slice(0, Math.floor(budget / pageBytes)).map((p) => p.zone));
  return {
    load: byDistance.filter((p) => keep.has(p.zone) && !held.has(p.zone)).map((p) => p.zone),
    evict: [...held].filter((z) => !keep.has(z)),
  };
}

/** The level and budget for this device: phones get the half-size pages and a quarter of the budget. */
export function atlasProfile(phone: boolean): { level: 1024 | 2048; budget: number } {
  return phone ? { level: 1024, budget: 64 * 1024 * 1024 } : { level: 2048, budget: 256 * 1024 * 1024 };
}
