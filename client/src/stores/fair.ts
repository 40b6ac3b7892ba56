import type { FairEvent, ScheduleSession, ScheduleStateEvent } from '@pameran/contracts';
import { create } from 'zustand';
import { fairApi } from '../lib/endpoints';
import { applyScheduleState, dropSession, putSession } from '../lib/schedule';

/** Where the last fair opened on this device is kept, so account pages can lead back to it. */
const LAST_FAIR_KEY = 'pameran.lastFair';

interface FairStore {
  /** The fair of the page shown (`/e/:slug`), with its live schedule; null until read. */
  event: FairEvent | null;
  error: unknown;
  loading: boolean;
  /** The last fair opened here, remembered across visits. */
  lastSlug: string | null;
  actions: {
    /** Read this fair (again); another fair's event is dropped first, so it never shows under this address. */
    load(slug: string): Promise<void>;
    /** The live schedule pushed over the hall socket. */
    applySchedule(state: ScheduleStateEvent): void;
    /** A session the organiser just added or changed. */
    putSession(session: ScheduleSession): void;
    dropSession(id: string): void;
  };
}

function storedLastFair(): string | null {
  try {
    return globalThis.localStorage?.getItem(LAST_FAIR_KEY) ?? null;
  } catch {
    return null; // storage refused (private mode): nothing remembered
  }
}

function rememberFair(slug: string): void {
  try {
    globalThis.localStorage?.setItem(LAST_FAIR_KEY, slug);
  } catch {
    // not remembered: account pages then lead to the front page
  }
}

let inFlight: { slug: string; done: Promise<void> } | null = null;

export const useFair = create<FairStore>()((set, get) => {
  /** Change the loaded event, if there is one (a push before the first load has nothing to change). */
  const update = (change: (event: FairEvent) => FairEvent) =>
    set((s) => (s.event ? { event: change(s.event) } : s));

  const read = async (slug: string) => {
    if (get().event?.slug !== slug) set({ event: null, error: null });
    set({ loading: true });
    try {
      const event = await fairApi.event(slug);
      if (inFlight?.slug !== slug) return; // another fair was opened meanwhile
      set({ event, error: null, lastSlug: slug });
      rememberFair(slug);
    } catch (error) {
      if (inFlight?.slug === slug) set({ error }); // keep the last good event on screen
    } finally {
      if (inFlight?.slug === slug) {
        set({ loading: false });
        inFlight = null;
      }
    }
  };

  return {
    event: null,
    error: null,
    loading: false,
    lastSlug: storedLastFair(),
    actions: {
      load: (slug) => {
        if (inFlight?.slug === slug) return inFlight.done;
        const current = { slug, done: Promise.resolve() };
        inFlight = current;
        current.done = read(slug);
        return current.done;
      },
      applySchedule: (state) => update((e) => applyScheduleState(e, state)),
      putSession: (session) => update((e) => putSession(e, session)),
      dropSession: (id) => update((e) => dropSession(e, id)),
    },
  };
});
