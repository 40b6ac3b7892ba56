import type { FairEvent, ScheduleSession, ScheduleStateEvent } from '@pameran/contracts';
import { create } from 'zustand';
import { fairApi } from '../lib/endpoints';
import { applyScheduleState, dropSession, putSession } from '../lib/schedule';

interface FairStore {
  event: FairEvent | null;
  error: unknown;
  loading: boolean;
  actions: {
    load(): Promise<void>;
    /** The live schedule pushed over the hall socket. */
    applySchedule(state: ScheduleStateEvent): void;
    /** A session the organiser just added or changed. */
    putSession(session: ScheduleSession): void;
    dropSession(id: string): void;
  };
}

let inFlight: Promise<void> | null = null;

export const useFair = create<FairStore>()((set) => {
  /** Change the loaded event, if there is one (a push before the first load has nothing to change). */
  const update = (change: (event: FairEvent) => FairEvent) =>
    set((s) => (s.event ? { event: change(s.event) } : s));

  return {
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
      applySchedule: (state) => update((e) => applyScheduleState(e, state)),
      putSession: (session) => update((e) => putSession(e, session)),
      dropSession: (id) => update((e) => dropSession(e, id)),
    },
  };
});
