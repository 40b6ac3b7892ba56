import type { HallSocket } from './hall.types';
import { INTEREST } from './interest';
import { newWalker, PeerWorld, type Walker } from './peer-world';

const observer = (id: string) => newWalker(id, id, {} as HallSocket);

/** Runs one interest check the way the flush does: drop the gone and the far, then recompute. */
function check(world: PeerWorld, o: Walker, now: number) {
  const entered: Walker[] = [];
  const left: string[] = [];
  for (const [id, p] of o.known!) {
    if (!p.gone) continue;
    o.known!.delete(id);
    left.push(id);
  }
  world.refreshInterest(o, now, entered, left);
  return { entered: entered.map((p) => p.id), left };
}

describe('PeerWorld interest', () => {
  it('tells an observer about its nearest peers only, then only the differences', () => {
    const world = new PeerWorld();
    const o = observer('o');
    world.place(o, 50, 50, 0);
    const crowd = Array.from({ length: INTEREST.nearest + 20 }, (_, i) => {
      const p = newWalker(`p${i}`, `P ${i}`);
      world.place(p, 50 + i * 0.1, 50, 0); // p0 nearest, the last ones farthest
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
    world.place(o, 10, 10, 0);
    const far = newWalker('far', 'Far');
    world.place(far, 100, 150, 0);
    const near = newWalker('n', 'Near');
    world.place(near, 12, 14, 0);
    expect(check(world, o, 0)).toEqual({ entered: ['n'], left: [] });
    world.remove(near);
    const again = newWalker('n', 'Near'); // same id back (another node re-announced it)
    world.place(again, 12, 14, 0);
    expect(check(world, o, 10_000)).toEqual({ entered: [], left: ['n'] });
    expect(check(world, o, 20_000)).toEqual({ entered: ['n'], left: [] });
  });
});
