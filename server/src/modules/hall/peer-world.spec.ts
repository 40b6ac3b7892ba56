import type { HallSocket } from './hall.types';
import { INTEREST } from './interest';
import { newWalker, PeerWorld, type Walker } from './peer-world';

const observer = (id: string) => newWalker(id, id, {} as HallSocket);

/** Runs one interest check the way the flush does: drop the gone and the far, then recompute. */
function check(world: PeerWorld, o: Walker, now: number) {
  const entered: Walker[] = [];
  const left: Walker[] = [];
  for (const [id, seen] of o.known!) {
    if (!seen.peer.gone) continue;
    o.known!.delete(id);
    left.push(seen.peer);
  }
  world.refreshInterest(o, now, entered, left);
  return { entered: entered.map((p) => p.id), left: left.map((p) => p.id) };
}

/** Places at (x, z) metres: the world takes centimetres. */
const put = (world: PeerWorld, w: Walker, x: number, z: number) =>
  world.place(w, Math.round(x * 100), Math.round(z * 100), 0);

describe('PeerWorld interest', () => {
  it('tells an observer about its nearest peers only, then only the differences', () => {
    const world = new PeerWorld();
    const o = observer('o');
    put(world, o, 50, 50);
    const crowd = Array.from({ length: INTEREST.nearest + 20 }, (_, i) => {
      const p = newWalker(`p${i}`, `P ${i}`);
      put(world, p, 50 + i * 0.1, 50); // p0 nearest, the last ones farthest
      return p;
    });
    const first = check(world, o, 0);
    expect(first.entered).toHaveLength(INTEREST.nearest);
    expect(first.entered).toContain('p0');
    expect(first.entered).not.toContain(`p${INTEREST.nearest + 19}`);
    expect(first.left).toEqual([]);
    expect(check(world, o, 1)).toEqual({ entered: [], left: [] }); // not due yet: nothing changes
    world.remove(crowd[0]); // p0 disconnects; the next nearest comes into view when the set is rechecked
    expect(check(world, o, 10_000)).toEqual({ entered: [`p${INTEREST.nearest}`], left: ['p0'] });
  });

  it('never enters and leaves the same id in one check, and keeps out the far cells', () => {
    const world = new PeerWorld();
    const o = observer('o');
    put(world, o, 10, 10);
    const far = newWalker('far', 'Far');
    put(world, far, 100, 150);
    const near = newWalker('n', 'Near');
    put(world, near, 12, 14);
    expect(check(world, o, 0)).toEqual({ entered: ['n'], left: [] });
    world.remove(near);
    const again = newWalker('n', 'Near'); // same id back (another node re-announced it)
    put(world, again, 12, 14);
    expect(check(world, o, 10_000)).toEqual({ entered: [], left: ['n'] });
    expect(check(world, o, 20_000)).toEqual({ entered: ['n'], left: [] });
  });

  it('keeps a known peer over a newcomer only slightly nearer (no flapping at the edge of the set)', () => {
    const world = new PeerWorld();
    const o = observer('o');
    put(world, o, 50, 50);
    for (let i = 0; i < INTEREST.nearest - 1; i++) put(world, newWalker(`c${i}`, 'C'), 50 + i * 0.01, 51);
    const a = newWalker('a', 'A');
    put(world, a, 60, 50); // 10 m: the 48th
    expect(check(world, o, 0).entered).toContain('a');
    const b = newWalker('b', 'B');
    put(world, b, 40.2, 50); // 9.8 m: nearer, but not by enough to push out a known peer
    expect(check(world, o, 10_000)).toEqual({ entered: [], left: [] });
    put(world, b, 45, 50); // 5 m: clearly nearer
    expect(check(world, o, 20_000)).toEqual({ entered: ['b'], left: ['a'] });
  });

  it('keeps its cells right through many moves and removals', () => {
    const world = new PeerWorld();
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const live = new Map<string, Walker>();
    for (let i = 0; i < 40; i++) {
      const w = newWalker(`w${i}`, 'W');
      put(world, w, random() * 120, random() * 120);
      live.set(w.id, w);
    }
    for (let step = 0; step < 400 && live.size > 0; step++) {
      const w = [...live.values()][Math.floor(random() * live.size)];
      if (random() < 0.05) {
        world.remove(w);
        live.delete(w.id);
      } else put(world, w, random() * 120, random() * 120);
    }
    const o = observer('o');
    put(world, o, 60, 60); // cell (2, 2): sees x and z in [24, 96)
    const inRange = [...live.values()].filter((w) => w.x >= 24 && w.x < 96 && w.z >= 24 && w.z < 96);
    expect(check(world, o, 0).entered.sort()).toEqual(inRange.map((w) => w.id).sort());
  });

  it('keeps a walker’s version when it is placed on the same centimetre, and bumps it on any change', () => {
    const world = new PeerWorld();
    const w = newWalker('w', 'W');
    expect(world.place(w, 1234, 5678, 10)).toBe(true);
    const v = w.version;
    expect(world.place(w, 1234, 5678, 10)).toBe(false);
    expect(w.version).toBe(v);
    expect(world.place(w, 1234, 5678, 11)).toBe(true); // turned round on the spot
    expect(world.place(w, 1235, 5678, 11)).toBe(true);
    expect(w.version).toBe(v + 2);
    expect([w.x, w.z]).toEqual([12.35, 56.78]);
  });
});
