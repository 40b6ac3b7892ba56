import { beforeEach, describe, expect, it, vi } from 'vitest';
import { livePeers, onPeersMoved, usePeers } from './peers';

const actions = () => usePeers.getState().actions;

describe('peers', () => {
  beforeEach(() => {
    usePeers.setState(usePeers.getInitialState(), true);
    livePeers.clear();
  });

  it('tracks peers in the mutable map from the quantised frame and forgets them on a drop', () => {
    actions().apply({ e: [7, 'p1', 'Ani', 100, 200, 0] });
    actions().apply({ u: [7, 500, 600, 64] }); // centimetres; 64/256 of a turn
    expect(livePeers.get('p1')).toMatchObject({ x: 5, z: 6, ry: Math.PI / 2, rx: 1, rz: 2, name: 'Ani' });
    expect(usePeers.getState().count).toBe(1);
    actions().apply({ l: [7] });
    expect(usePeers.getState().count).toBe(0);
    actions().apply({ e: [8, 'p2', 'Budi', 0, 0, 0] });
    actions().forget();
    expect(livePeers.size).toBe(0);
    expect(usePeers.getState().count).toBe(0);
  });

  it('tells the scene about every batch, but a batch that only moves people changes no React state', () => {
    const moved = vi.fn();
    const stateChanged = vi.fn();
    const stop = onPeersMoved(moved);
    const unsubscribe = usePeers.subscribe(stateChanged);
    actions().apply({ e: [1, 'p1', 'Ani', 100, 200, 0] });
    expect(stateChanged).toHaveBeenCalledTimes(1); // one more peer: the count changed

    for (let i = 0; i < 20; i++) actions().apply({ u: [1, i * 100, 0, 0] });
    expect(moved).toHaveBeenCalledTimes(21);
    expect(stateChanged).toHaveBeenCalledTimes(1);

    stop();
    unsubscribe();
    actions().apply({ u: [1, 0, 0, 0] });
    expect(moved).toHaveBeenCalledTimes(21);
  });

  it('keeps a peer who came back under a new handle when the old handle leaves', () => {
    actions().apply({ e: [1, 'p1', 'Ani', 0, 0, 0] });
    actions().apply({ e: [2, 'p1', 'Ani', 300, 0, 0], l: [1] }); // enter is applied before leave
    expect(livePeers.get('p1')).toMatchObject({ handle: 2, x: 3 });
    actions().apply({ u: [1, 900, 0, 0] }); // the old handle names nobody now
    expect(livePeers.get('p1')).toMatchObject({ x: 3 });
    actions().apply({ l: [2] });
    expect(livePeers.size).toBe(0);
  });
});
