import { HALL, hallBounds, type BoothSummary } from '@pameran/contracts';

/** Walkable cells of the hall floor, 2 m square: booth footprints (6 m × 6 m) line up with them exactly. */
export const CELL = 2;

export interface WalkGrid {
  cols: number;
  rows: number;
  minX: number;
  minZ: number;
  /** Booth index + 1 for cells under a booth, 0 for floor. */
  cells: Int16Array;
}

export function buildWalkGrid(booths: BoothSummary[]): WalkGrid {
  const b = hallBounds();
  const cols = Math.ceil((b.maxX - b.minX) / CELL);
  const rows = Math.ceil((b.maxZ - b.minZ) / CELL);
  const cells = new Int16Array(cols * rows);
  const per = HALL.boothSize / CELL;
  booths.forEach((booth, i) => {
    const c0 = Math.round((booth.position.x - HALL.boothSize / 2 - b.minX) / CELL);
    const r0 = Math.round((booth.position.z - b.minZ) / CELL);
    for (let r = r0; r < r0 + per; r++)
      for (let c = c0; c < c0 + per; c++)
        if (c >= 0 && c < cols && r >= 0 && r < rows) cells[r * cols + c] = i + 1;
  });
  return { cols, rows, minX: b.minX, minZ: b.minZ, cells };
}

export function cellOf(g: WalkGrid, x: number, z: number): { c: number; r: number } {
  return { c: Math.floor((x - g.minX) / CELL), r: Math.floor((z - g.minZ) / CELL) };
}

/** -1 outside the hall, 0 on the floor, booth index + 1 under a booth. */
export function cellAt(g: WalkGrid, c: number, r: number): number {
  if (c < 0 || r < 0 || c >= g.cols || r >= g.rows) return -1;
  return g.cells[r * g.cols + c];
}

/** What stands at a point: -1 a wall, 0 free floor, booth index + 1. A margin keeps walkers off the walls. */
export function blockedAt(g: WalkGrid, x: number, z: number, margin = 0.35): number {
  for (const [dx, dz] of [
    [-margin, -margin],
    [margin, -margin],
    [-margin, margin],
    [margin, margin],
  ]) {
    const { c, r } = cellOf(g, x + dx, z + dz);
    const v = cellAt(g, c, r);
    if (v !== 0) return v;
  }
  return 0;
}

export const centreOf = (g: WalkGrid, c: number, r: number) => ({
  x: g.minX + (c + 0.5) * CELL,
  z: g.minZ + (r + 0.5) * CELL,
});
