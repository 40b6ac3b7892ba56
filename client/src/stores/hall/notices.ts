import type { Announcement, ModerationState } from '@pameran/contracts';
import { create } from 'zustand';

interface HallNoticesState {
  /** Whether we may write in booth chats (muted or banned by an organiser). */
  moderation: ModerationState;
  announcements: Announcement[];
  actions: {
    setModeration(state: ModerationState): void;
    addAnnouncement(announcement: Announcement): void;
    dismissAnnouncement(id: string): void;
  };
}

/** Announcements the visitor closed stay closed when the server sends them again after a reconnect. */
const dismissed = new Set<string>();

/** What organisers tell us: announcements, and our own moderation state. */
export const useHallNotices = create<HallNoticesState>()((set) => ({
  moderation: { state: 'ok' },
  announcements: [],
  actions: {
    setModeration: (moderation) => set({ moderation }),
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
  },
}));
