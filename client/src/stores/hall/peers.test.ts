import { beforeEach, describe, expect, it, vi } from 'vitest';
import { livePeers, onPeersMoved, usePeers } from './peers';

const actions = () => usePeers.getState().actions;

describe('peers', () => {
  beforeEach(() => {
    usePeers.setState(usePeers.getInitialState(), true);
    livePeers.clear();
  });

  it('tracks peers in the mutable map and forgets them on a drop', () => {
    actions().apply({ enter: [{ id: 'p1', name: 'Ani', x: 1, z: 2, ry: 0 }], update: [], leave: [] });
    actions().apply({ enter: [], update: [{ id: 'p1', x: 5, z: 6, ry: 1 }], leave: [] });
    expect(livePeers.get('p1')).toMatchObject({ x: 5, z: 6, ry: 1, rx: 1, rz: 2 });
    expect(usePeers.getState().count).toBe(1);
    actions().apply({ enter: [], update: [], leave: ['p1'] });
    expect(usePeers.getState().count).toBe(0);
    actions().apply({ enter: [{ id: 'p2', name: 'Budi', x: 0, z: 0, ry: 0 }], update: [], leave: [] });
    actions().forget();
    expect(livePeers.size).toBe(0);
    expect(usePeers.getState().count).toBe(0);
  });

  it('tells the scene about every batch, but a batch that only moves people changes no React state', () => {
    const moved = vi.fn();
    const stateChanged = vi.fn();
    const stop = onPeersMoved(moved);
    const unsubscribe = usePeers.subscribe(stateChanged);
    actions().apply({ enter: [{ id: 'p1', name: 'Ani', x: 1, z: 2, ry: 0 }], update: [], leave: [] });
    expect(stateChanged).toHaveBeenCalledTimes(1); // one more peer: the count changed

    for (let i = 0; i < 20; i++)
      actions().apply({ enter: [], update: [{ id: 'p1', x: i, z: 0, ry: 0 }], leave: [] });
    expect(moved).toHaveBeenCalledTimes(21);
    expect(stateChanged).toHaveBeenCalledTimes(1);

    stop();
    unsubscribe();
    actions().apply({ enter: [], update: [{ id: 'p1', x: 0, z: 0, ry: 0 }], leave: [] });
    expect(moved).toHaveBeenCalledTimes(21);
  });
});
