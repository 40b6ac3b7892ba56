import type { Peers } from '@pameran/contracts';
import { create } from 'zustand';

/** Another visitor near us. `x, z, ry` is where the server says they are; `rx, rz, rry` what we draw. */
export interface LivePeer {
  id: string;
  name: string;
  x: number;
  z: number;
  ry: number;
  rx: number;
  rz: number;
  rry: number;
}

/**
 * Peer positions change 20 times a second: they live in this mutable map, read inside `useFrame` and by
 * the minimap, never through React state (a re-render per batch would cost more than the frame).
 */
export const livePeers = new Map<string, LivePeer>();

const moveListeners = new Set<() => void>();

/**
 * Called after every peers batch and when the peers are forgotten, so a `frameloop="demand"` scene draws
 * again; no store changes (and nothing re-renders) for a batch that only moves people.
 */
export function onPeersMoved(listener: () => void): () => void {
  moveListeners.add(listener);
  return () => moveListeners.delete(listener);
}

function merge(p: Peers): void {
  for (const e of p.enter) {
    const known = livePeers.get(e.id);
    livePeers.set(e.id, {
      ...e,
      rx: known?.rx ?? e.x,
      rz: known?.rz ?? e.z,
      rry: known?.rry ?? e.ry,
    });
  }
  for (const u of p.update) {
    const known = livePeers.get(u.id);
    if (known) Object.assign(known, { x: u.x, z: u.z, ry: u.ry });
  }
  for (const id of p.leave) livePeers.delete(id);
}

interface PeersState {
  /** How many peers are in our area, for views that show a number; positions are in `livePeers`. */
  count: number;
  actions: {
    apply(peers: Peers): void;
    /** The connection dropped or the view stopped listening: who is around is unknown. */
    forget(): void;
  };
}

export const usePeers = create<PeersState>()((set, get) => ({
  count: 0,
  actions: {
    apply: (p) => {
      merge(p);
      if (get().count !== livePeers.size) set({ count: livePeers.size });
      moveListeners.forEach((listener) => listener());
    },
    forget: () => {
      livePeers.clear();
      set({ count: 0 });
      moveListeners.forEach((listener) => listener());
    },
  },
}));

export const usePeerCount = () => usePeers((s) => s.count);
