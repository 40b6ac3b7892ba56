import { CATEGORIES, Category } from './domain';

/** Hall geometry, in metres. Origin at the entrance, x to the right, z into the hall. */
export const HALL = {
  boothSize: 6,
  aisle: 4,
  /** Booths side by side in one row of a zone. */
  zoneColumns: 10,
  /** Rows of booths per zone; each row faces an aisle toward the entrance. */
  zoneRows: 10,
  /** Zones across the hall (x); the remaining zones go behind them. */
  zonesAcross: 4,
  /** A visitor within this distance of a booth's front may enter it. */
  enterDistance: 4,
  /** Area-of-interest cell edge. */
  aoiCell: 24,
} as const;

const ROW_PITCH = HALL.boothSize + HALL.aisle;
const ZONE_WIDTH = HALL.zoneColumns * HALL.boothSize;
const ZONE_DEPTH = HALL.zoneRows * ROW_PITCH;
export const ZONE_CAPACITY = HALL.zoneColumns * HALL.zoneRows;

export interface ZoneRect {
  category: Category;
  x0: number;
  z0: number;
  x1: number;
  z1: number;
}

/** The rectangle of a category's zone on the hall floor. */
export function zoneRect(category: Category): ZoneRect {
  const index = CATEGORIES.indexOf(category);
  const col = index % HALL.zonesAcross;
  const row = Math.floor(index / HALL.zonesAcross);
  const x0 =
    -((HALL.zonesAcross * (ZONE_WIDTH + HALL.aisle)) / 2) + col * (ZONE_WIDTH + HALL.aisle) + HALL.aisle / 2;
  const z0 = HALL.aisle + row * (ZONE_DEPTH + HALL.aisle);
  return { category, x0, z0, x1: x0 + ZONE_WIDTH, z1: z0 + ZONE_DEPTH };
}

/** Front-centre position of the `slot`-th booth of a zone (row-major, nearest row first). */
export function boothSlotPosition(category: Category, slot: number): { x: number; z: number } {
  if (!Number.isInteger(slot) || slot < 0 || slot >= ZONE_CAPACITY) {
    throw new RangeError(`booth slot ${slot} is outside the zone (0..${ZONE_CAPACITY - 1})`);
  }
  const zone = zoneRect(category);
  const col = slot % HALL.zoneColumns;
  const row = Math.floor(slot / HALL.zoneColumns);
  return {
    x: zone.x0 + col * HALL.boothSize + HALL.boothSize / 2,
    z: zone.z0 + HALL.aisle + row * ROW_PITCH,
  };
}

/** Walkable bounds of the hall floor. */
export function hallBounds(): { minX: number; maxX: number; minZ: number; maxZ: number } {
  const rows = Math.ceil(CATEGORIES.length / HALL.zonesAcross);
  const halfWidth = (HALL.zonesAcross * (ZONE_WIDTH + HALL.aisle)) / 2;
  return { minX: -halfWidth, maxX: halfWidth, minZ: 0, maxZ: HALL.aisle + rows * (ZONE_DEPTH + HALL.aisle) };
}
