import { beforeEach, describe, expect, it } from 'vitest';
import { boothFixture } from '../../features/hall/hallFixtures';
import { useHallBooths } from './booths';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

const actions = () => useHallBooths.getState().actions;

describe('hall booths store', () => {
  beforeEach(() => useHallBooths.setState(useHallBooths.getInitialState(), true));

  it('applies occupancy deltas as absolute counts, only to the booths they name', () => {
    actions().setBooths([boothFixture(A, 2), boothFixture(B, 1)]);
    actions().applyOccupancy({ changes: { [A]: 3 } });
    actions().applyOccupancy({ changes: { [B]: 0, [A]: 4 } });
    expect(useHallBooths.getState().occupancy).toEqual({ [A]: 4, [B]: 0 });
  });

  it('replaces every count from the snapshot after a reconnect, and missing booths count 0', () => {
    actions().setBooths([boothFixture(A, 5), boothFixture(B, 2), boothFixture(C, 1)]);
    actions().applySnapshot({ [A]: 5 });
    actions().unsynced(); // the connection dropped: deltas were missed meanwhile
    expect(useHallBooths.getState().synced).toBe(false);
    actions().applySnapshot({ [B]: 7 });
    const s = useHallBooths.getState();
    expect(s.occupancy).toEqual({ [A]: 0, [B]: 7, [C]: 0 });
    expect(s.synced).toBe(true);
    expect(s.snapshots).toBe(2);
  });

  it('keeps newer counts when an older booth list arrives after the snapshot', () => {
    actions().applySnapshot({ [A]: 9 });
    actions().setBooths([boothFixture(A, 1), boothFixture(B, 3)]);
    expect(useHallBooths.getState().occupancy).toEqual({ [A]: 9, [B]: 3 });
    expect(useHallBooths.getState().loaded).toBe(true);
  });
});
