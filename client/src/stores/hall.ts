import type {
  AckError,
  Announcement,
  BoothSummary,
  BoothVisitors,
  ChatMessage,
  HallSnapshot,
  ModerationState,
  Occupancy,
  Peers,
} from '@pameran/contracts';
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
 * Peer positions change many times a second: they live in this mutable map, read by the render loop
 * and the minimap, never through React state (a re-render per move would cost more than the frame).
 */
export const livePeers = new Map<string, LivePeer>();

/** A chat message on its way: shown at once, retried with the same `clientMsgId` (the server stores it once). */
export interface PendingMessage {
  clientMsgId: string;
  boothId: string;
  text: string;
  state: 'sending' | 'sent' | 'failed';
  /** The stored message's id once the server acknowledged it. */
  id?: string;
  /** Why it failed (the ack's error), for the line under it. */
  error?: AckError;
}

interface HallState {
  booths: BoothSummary[];
  /** Booths loaded at least once (an empty fair is not "still loading"). */
  boothsLoaded: boolean;
  boothsError: unknown;
  /** People at each booth now. Counts are absolute (a delta carries the new count, not an increment). */
  occupancy: Record<string, number>;
  /** A snapshot has arrived since the socket (re)connected: counts are the server's truth. */
  synced: boolean;
  /** How many snapshots have arrived (views resync their own state when it changes). */
  snapshots: number;
  moderation: ModerationState;
  /** Peers in our area, for views that show a number; positions are in `livePeers`. */
  peerCount: number;
  /** Per booth, oldest first. */
  chat: Record<string, ChatMessage[]>;
  pending: PendingMessage[];
  /** Consenting visitors at a booth, sent to that booth's staff only. */
  visitors: Record<string, BoothVisitors['visitors']>;
  announcements: Announcement[];
  /** The booth whose panel is open and which we stand at (entered on the server). */
  activeBoothId: string | null;
  actions: {
    setBooths(booths: BoothSummary[]): void;
    applySnapshot(snapshot: HallSnapshot): void;
    applyOccupancy(occupancy: Occupancy): void;
    applyPeers(peers: Peers): void;
    /** The connection dropped or the view stopped listening: counts may go stale, peers are unknown. */
    unsynced(): void;
    setModeration(state: ModerationState): void;
    setHistory(boothId: string, newestFirst: ChatMessage[]): void;
    addMessage(message: ChatMessage): void;
    deleteMessage(boothId: string, id: string): void;
    putPending(message: PendingMessage): void;
    dropPending(clientMsgId: string): void;
    setVisitors(update: BoothVisitors): void;
    addAnnouncement(announcement: Announcement): void;
    dismissAnnouncement(id: string): void;
    setActiveBooth(boothId: string | null): void;
  };
}

/** Announcements the visitor closed stay closed when the server sends them again after a reconnect. */
const dismissed = new Set<string>();

const byTime = (a: ChatMessage, b: ChatMessage) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Keep at most this many messages per booth in memory (older ones are a history request away). */
const CHAT_KEEP = 200;

function mergeMessages(current: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort(byTime).slice(-CHAT_KEEP);
}

function peersChanged(p: Peers): void {
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

export const useHall = create<HallState>()((set) => ({
  booths: [],
  boothsLoaded: false,
  boothsError: null,
  occupancy: {},
  synced: false,
  snapshots: 0,
  moderation: { state: 'ok' },
  peerCount: 0,
  chat: {},
  pending: [],
  visitors: {},
  announcements: [],
  activeBoothId: null,
  actions: {
    setBooths: (booths) =>
      set((s) => {
        // The list's counts are a moment old: a snapshot or a delta already received is newer.
        const occupancy = { ...s.occupancy };
        for (const b of booths)
          if (!s.synced || occupancy[b.id] === undefined) occupancy[b.id] = b.liveVisitors;
        return { booths, occupancy, boothsLoaded: true, boothsError: null };
      }),
    applySnapshot: (snapshot) =>
      set((s) => ({
        // Every booth the snapshot leaves out has nobody at it.
        occupancy: { ...Object.fromEntries(s.booths.map((b) => [b.id, 0])), ...snapshot.occupancy },
        moderation: snapshot.moderation,
        synced: true,
        snapshots: s.snapshots + 1,
      })),
    applyOccupancy: ({ changes }) => set((s) => ({ occupancy: { ...s.occupancy, ...changes } })),
    applyPeers: (p) => {
      peersChanged(p);
      set({ peerCount: livePeers.size });
    },
    unsynced: () => {
      livePeers.clear();
      set({ synced: false, peerCount: 0 });
    },
    setModeration: (moderation) => set({ moderation }),
    setHistory: (boothId, newestFirst) =>
      set((s) => ({ chat: { ...s.chat, [boothId]: mergeMessages(s.chat[boothId] ?? [], newestFirst) } })),
    addMessage: (m) =>
      set((s) => ({
        chat: { ...s.chat, [m.boothId]: mergeMessages(s.chat[m.boothId] ?? [], [m]) },
        // Our own message came back from the room: it is no longer pending.
        pending: s.pending.some((p) => p.id === m.id) ? s.pending.filter((p) => p.id !== m.id) : s.pending,
      })),
    deleteMessage: (boothId, id) =>
      set((s) => ({ chat: { ...s.chat, [boothId]: (s.chat[boothId] ?? []).filter((m) => m.id !== id) } })),
    putPending: (message) =>
      set((s) => {
        // Acknowledged, and the room already brought the message: nothing left to show as pending.
        if (message.id && s.chat[message.boothId]?.some((m) => m.id === message.id)) {
          return { pending: s.pending.filter((p) => p.clientMsgId !== message.clientMsgId) };
        }
        const others = s.pending.filter((p) => p.clientMsgId !== message.clientMsgId);
        return { pending: [...others, message] };
      }),
    dropPending: (clientMsgId) =>
      set((s) => ({ pending: s.pending.filter((p) => p.clientMsgId !== clientMsgId) })),
    setVisitors: ({ boothId, visitors }) =>
      set((s) => ({ visitors: { ...s.visitors, [boothId]: visitors } })),
    addAnnouncement: (a) =>
      set((s) =>
        dismissed.has(a.id) || s.announcements.some((x) => x.id === a.id)
          ? s
          : { announcements: [...s.announcements, a] },
      ),
    dismissAnnouncement: (id) => {
      dismissed.add(id);
      set((s) => ({ announcements: s.announcements.filter((a) => a.id !== id) }));
    },
    setActiveBooth: (activeBoothId) => set({ activeBoothId }),
  },
}));

export const useHallActions = () => useHall((s) => s.actions);
/** People at a booth now (0 when nobody, or not known yet). */
export const useBoothCount = (boothId: string) => useHall((s) => s.occupancy[boothId] ?? 0);
