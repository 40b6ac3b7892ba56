import { decodePeers, type PeersFrame } from '@pameran/contracts';
import { create } from 'zustand';

/** Another visitor near us. `x, z, ry` is where the server says they are; `rx, rz, rry` what we draw. */
export interface LivePeer {
  id: string;
  /** The number the server's `peers` frames name this peer by. */
  handle: number;
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

/** Handle → peer, for the frame's updates and leaves (which name peers by handle). */
const byHandle = new Map<number, LivePeer>();

function merge(frame: PeersFrame): void {
  const p = decodePeers(frame);
  for (const e of p.enter) {
    const known = livePeers.get(e.id);
    const peer = { ...e, rx: known?.rx ?? e.x, rz: known?.rz ?? e.z, rry: known?.rry ?? e.ry };
    livePeers.set(e.id, peer);
    byHandle.set(e.handle, peer);
  }
  for (const u of p.update) {
    const known = byHandle.get(u.handle);
    if (known) Object.assign(known, { x: u.x, z: u.z, ry: u.ry });
  }
  for (const handle of p.leave) {
    const known = byHandle.get(handle);
    byHandle.delete(handle);
    // The same person may have entered again under a new handle: only the one named goes.
    if (known && livePeers.get(known.id) === known) livePeers.delete(known.id);
  }
}

interface PeersState {
  /** How many peers are in our area, for views that show a number; positions are in `livePeers`. */
  count: number;
  actions: {
    /** Applies a `peers` frame (enter, update, leave). */
    apply(frame: PeersFrame): void;
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
      byHandle.clear();
      set({ count: 0 });
      moveListeners.forEach((listener) => listener());
    },
  },
}));

export const usePeerCount = () => usePeers((s) => s.count);
