import { HALL, type BoothSummary } from '@pameran/contracts';
import type { Point } from './pathfind';

/**
 * Where we are and where we are going, changed every frame: a mutable object read and written inside
 * the render loop (and by the HUD), never React state.
 */
export const walker = {
  x: 0,
  z: 2,
  ry: 0,
  /** Waypoints still to walk (click-to-walk). */
  path: [] as Point[],
  /** Booth index to enter when the path ends, -1 for none. */
  goal: -1,
  /** A search result: fly over the hall to the booth. */
  flight: null as null | { from: Point; to: Point; t: number; booth: number },
  /** Keys and joystick: x to the right of the screen, z into the screen, each −1…1. */
  input: { keys: new Set<string>(), joyX: 0, joyZ: 0 },
  /** Keep rendering: set by the scene (the canvas renders on demand). */
  wake: () => {},
};

export function resetWalker(): void {
  Object.assign(walker, { x: 0, z: 2, ry: 0, path: [], goal: -1, flight: null });
  walker.input.keys.clear();
  walker.input.joyX = 0;
  walker.input.joyZ = 0;
}

/** The point in the aisle in front of a booth, where a visitor stands to enter it. */
export const frontOf = (b: BoothSummary): Point => ({ x: b.position.x, z: b.position.z - 1.6 });

/** The booth whose front we stand at (within the enter distance, in front of it), or -1. */
export function nearestBooth(booths: BoothSummary[], x: number, z: number): number {
  let best = -1;
  let bestD: number = HALL.enterDistance;
  for (let i = 0; i < booths.length; i++) {
    const p = booths[i].position;
    if (z > p.z + 0.01 || Math.abs(x - p.x) > HALL.boothSize / 2 + 0.5) continue;
    const d = Math.hypot(x - p.x, z - p.z);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

const KEY_DIRS: Record<string, [number, number]> = {
  ArrowUp: [0, 1],
  KeyW: [0, 1],
  ArrowDown: [0, -1],
  KeyS: [0, -1],
  ArrowLeft: [-1, 0],
  KeyA: [-1, 0],
  ArrowRight: [1, 0],
  KeyD: [1, 0],
};
export const isWalkKey = (code: string) => code in KEY_DIRS;

/** The walking direction asked for by keys and joystick (screen right, screen up), length ≤ 1. */
export function inputDirection(): { sx: number; sz: number } {
  let sx = walker.input.joyX;
  let sz = walker.input.joyZ;
  for (const k of walker.input.keys) {
    const d = KEY_DIRS[k];
    if (d) {
      sx += d[0];
      sz += d[1];
    }
  }
  const len = Math.hypot(sx, sz);
  return len > 1 ? { sx: sx / len, sz: sz / len } : { sx, sz };
}
