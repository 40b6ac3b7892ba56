import type { BoothSummary, BoothVisitors, Occupancy } from '@pameran/contracts';
import { create } from 'zustand';

interface HallBoothsState {
  booths: BoothSummary[];
  /** Booths loaded at least once (an empty fair is not "still loading"). */
  loaded: boolean;
  error: unknown;
  /** People at each booth now. Counts are absolute (a delta carries the new count, not an increment). */
  occupancy: Record<string, number>;
  /** A snapshot has arrived since the socket (re)connected: counts are the server's truth. */
  synced: boolean;
  /** How many snapshots have arrived. */
  snapshots: number;
  /** Consenting visitors at a booth, sent to that booth's staff only. */
  visitors: Record<string, BoothVisitors['visitors']>;
  /** The booth whose panel is open and which we stand at (entered on the server). */
  activeBoothId: string | null;
  actions: {
    setBooths(booths: BoothSummary[]): void;
    loadFailed(error: unknown): void;
    /** The counts of a snapshot (sent after every (re)connect): every booth it leaves out has nobody at it. */
    applySnapshot(occupancy: Record<string, number>): void;
    applyOccupancy(occupancy: Occupancy): void;
    /** The connection dropped or the view stopped listening: counts may go stale. */
    unsynced(): void;
    setVisitors(update: BoothVisitors): void;
    setActiveBooth(boothId: string | null): void;
  };
}

/** The fair's booths and who is at them: the list, live counts, and the booth we stand at. */
export const useHallBooths = create<HallBoothsState>()((set) => ({
  booths: [],
  loaded: false,
  error: null,
  occupancy: {},
  synced: false,
  snapshots: 0,
  visitors: {},
  activeBoothId: null,
  actions: {
    setBooths: (booths) =>
      set((s) => {
        // The list's counts are a moment old: a snapshot or a delta already received is newer.
        const occupancy = { ...s.occupancy };
        for (const b of booths)
          if (!s.synced || occupancy[b.id] === undefined) occupancy[b.id] = b.liveVisitors;
        return { booths, occupancy, loaded: true, error: null };
      }),
    loadFailed: (error) => set({ error }),
    applySnapshot: (occupancy) =>
      set((s) => ({
        occupancy: { ...Object.fromEntries(s.booths.map((b) => [b.id, 0])), ...occupancy },
        synced: true,
        snapshots: s.snapshots + 1,
      })),
    applyOccupancy: ({ changes }) => set((s) => ({ occupancy: { ...s.occupancy, ...changes } })),
    unsynced: () => set({ synced: false }),
    setVisitors: ({ boothId, visitors }) =>
      set((s) => ({ visitors: { ...s.visitors, [boothId]: visitors } })),
    setActiveBooth: (activeBoothId) => set({ activeBoothId }),
  },
}));

export const useHallBoothsActions = () => useHallBooths((s) => s.actions);
/** People at a booth now (0 when nobody, or not known yet). */
export const useBoothCount = (boothId: string) => useHallBooths((s) => s.occupancy[boothId] ?? 0);
