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
