import type { FairEvent } from '@pameran/contracts';
import { useEffect } from 'react';
import { create } from 'zustand';
import { fairApi } from '../lib/endpoints';

/** The hall opens and closes with the clock: re-read the event this often while it is shown. */
const REFRESH_MS = 60_000;

interface FairStore {
  event: FairEvent | null;
  error: unknown;
  loading: boolean;
  actions: { load(): Promise<void> };
}

let inFlight: Promise<void> | null = null;

export const useFair = create<FairStore>()((set) => ({
  event: null,
  error: null,
  loading: false,
  actions: {
    load: () =>
      (inFlight ??= (async () => {
        set({ loading: true });
        try {
          set({ event: await fairApi.event(), error: null });
        } catch (error) {
          set({ error }); // keep the last good event on screen
        } finally {
          set({ loading: false });
          inFlight = null;
        }
      })()),
  },
}));

/** Loads the fair event and keeps it fresh; mounted once, by the app frame. Others read `useFair`. */
export function useFairEvent() {
  const { load } = useFair((s) => s.actions);
  useEffect(() => {
    if (!useFair.getState().event) void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);
  return useFair((s) => s.event);
}
