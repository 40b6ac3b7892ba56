import { describe, expect, it } from 'vitest';
import { clearLine, findPath, type Point } from './pathfind';
import { blockedAt, CELL, type WalkGrid } from './walkGrid';

/** A small hall from a picture: `#` is a booth cell, `.` floor; each character is one 2 m cell. */
function grid(rows: string[]): WalkGrid {
  const cols = rows[0].length;
  const cells = new Int16Array(cols * rows.length);
  rows.forEach((row, r) => [...row].forEach((ch, c) => (cells[r * cols + c] = ch === '#' ? 1 : 0)));
  return { cols, rows: rows.length, minX: 0, minZ: 0, cells };
}
const at = (c: number, r: number): Point => ({ x: (c + 0.5) * CELL, z: (r + 0.5) * CELL });

/** Every leg of the path is walkable in a straight line, and it ends where asked. */
function walkable(g: WalkGrid, from: Point, path: Point[]): boolean {
  let here = from;
  for (const p of path) {
    if (!clearLine(g, here, p)) return false;
    here = p;
  }
  return true;
}

describe('findPath: walking around booths', () => {
  it('goes straight when nothing is in the way', () => {
    const g = grid(['.....', '.....', '.....']);
    expect(findPath(g, at(0, 1), at(4, 1))).toEqual([at(4, 1)]);
  });

  it('goes around a booth, keeping only the corners, and every leg is clear of it', () => {
    const g = grid(['.......', '...#...', '...#...', '...#...', '.......']);
    const from = at(1, 2);
    const to = at(5, 2);
    const path = findPath(g, from, to);
    expect(path.at(-1)).toEqual(to);
    expect(path.length).toBeGreaterThan(1);
    expect(path.length).toBeLessThanOrEqual(3);
    expect(walkable(g, from, path)).toBe(true);
    for (const p of path) expect(blockedAt(g, p.x, p.z)).toBe(0);
  });

  it('finds the one gap in a wall of booths', () => {
    const g = grid(['...#...', '...#...', '.......', '...#...', '...#...']);
    const from = at(0, 0);
    const path = findPath(g, from, at(6, 0));
    expect(walkable(g, from, path)).toBe(true);
    // The way through is the gap in row 2: some waypoint lies in it.
    expect(path.some((p) => Math.floor(p.z / CELL) === 2)).toBe(true);
  });

  it('never cuts a booth corner diagonally', () => {
    const g = grid(['.#.', '#..', '...']);
    const path = findPath(g, at(0, 0), at(2, 2));
    expect(path).toEqual([]); // (0,0) is boxed in by two booth cells touching only at a corner
  });

  it('answers no path when the goal is a booth or cannot be reached', () => {
    const g = grid(['..#..', '..#..', '..#..']);
    expect(findPath(g, at(0, 1), at(2, 1))).toEqual([]);
    expect(findPath(g, at(0, 1), at(4, 1))).toEqual([]);
  });
});
