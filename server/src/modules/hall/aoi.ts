import { HALL } from '@pameran/contracts';

/** Area-of-interest grid: 24 m cells; a visitor sees their cell and the 8 around it. */
export function cellOf(x: number, z: number): string {
  return `${Math.floor(x / HALL.aoiCell)}:${Math.floor(z / HALL.aoiCell)}`;
}

export function neighbourhood(cell: string): string[] {
  const [cx, cz] = cell.split(':').map(Number);
  const out: string[] = [];
  for (let dx = -1; dx <= 1; dx++) for (let dz = -1; dz <= 1; dz++) out.push(`${cx + dx}:${cz + dz}`);
  return out;
}

// The same grid with numeric keys, for the hot path (no strings built per move).
const SPAN = 1 << 12;
const HALF = SPAN >> 1;

/** Numeric key of the cell holding (x, z); cells up to ±2048 on each axis (the hall spans ~10). */
export function cellKeyOf(x: number, z: number): number {
  return (Math.floor(x / HALL.aoiCell) + HALF) * SPAN + Math.floor(z / HALL.aoiCell) + HALF;
}

/** The 9 cell keys around (and including) a cell; written into `out` when given (no allocation). */
export function neighbourKeys(key: number, out: number[] = []): number[] {
  out.length = 0;
  for (let dx = -1; dx <= 1; dx++) for (let dz = -1; dz <= 1; dz++) out.push(key + dx * SPAN + dz);
  return out;
}

/** True when two cells are the same or touch (so each sees the other). */
export function adjacent(a: number, b: number): boolean {
  const dx = Math.floor(a / SPAN) - Math.floor(b / SPAN);
  const dz = (a % SPAN) - (b % SPAN);
  return dx >= -1 && dx <= 1 && dz >= -1 && dz <= 1;
}
