import type { FairRights, User } from '@pameran/contracts';
import { useEffect } from 'react';
import { create } from 'zustand';
import { fairApi } from '../../lib/endpoints';
import { useConnection } from '../../stores/connection';
import { useSession } from '../../stores/session';
import { useRouteFairSlug } from './useFairSlug';

/** One person's answer for one fair, and the round of asking it came from. */
interface Entry {
  rights: FairRights | null;
  round: number;
}

interface FairRightsStore {
  /** Moves on when what a person is may have changed: every answer from an earlier round is asked again. */
  round: number;
  /** By `<user id> <fair slug>`. */
  entries: Record<string, Entry>;
}

/**
 * What the signed-in person is in each fair they opened (`GET /api/events/:slug/me`): an organiser of one fair
 * is a visitor in another, and a person is staff of one exhibitor per fair, so the client never decides on the
 * account's own role for a fair's links and guards (docs/decisions/0033-fair-rights-in-the-client.md). A plain
 * store rather than server-state queries: the header asks on every page, and a visitor's first download does
 * not carry TanStack Query (see `ServerState`).
 */
export const useFairRightsStore = create<FairRightsStore>()(() => ({ round: 0, entries: {} }));

/** Where a person's answer for a fair is kept. */
export const fairRightsKey = (userId: string, slug: string) => `${userId} ${slug}`;
const asking = new Set<string>();

async function ask(userId: string, slug: string, round: number): Promise<void> {
  const key = fairRightsKey(userId, slug);
  if (asking.has(key)) return;
  asking.add(key);
  // Nothing known (a fair gone, a network failure) is the least a person can be there: no fair rights.
  const rights = await fairApi.me(slug).catch(() => null);
  asking.delete(key);
  if (useSession.getState().user?.id !== userId) return; // signed out or someone else meanwhile
  useFairRightsStore.setState((s) => ({ entries: { ...s.entries, [key]: { rights, round } } }));
}

/** Ask again for every fair (after joining a team or applying, or when the server says access changed). */
export function refreshFairRights(): void {
  useFairRightsStore.setState((s) => ({ round: s.round + 1 }));
}

// Another person (or nobody) now: forget every answer. The same person reloaded: ask again, keeping the last
// answer on screen meanwhile, so a page does not blink through "loading" on every token refresh.
useSession.subscribe((s, prev) => {
  if (s.user?.id !== prev.user?.id)
    useFairRightsStore.setState((st) => ({ round: st.round + 1, entries: {} }));
  else if (s.user !== prev.user) refreshFairRights();
});
useConnection.subscribe((s, prev) => {
  if (s.revoked && s.revoked !== prev.revoked) refreshFairRights();
});

export interface FairRightsView {
  /** What the person is in the fair of this page; null when nobody is signed in, off a fair, or not yet known. */
  rights: FairRights | null;
  /** False only while the first answer for this person and fair is on its way. */
  ready: boolean;
  /** The fair's organiser. */
  organiser: boolean;
  /** Staff (owner included) of one of the fair's exhibitors: this one. */
  exhibitorId: string | null;
}

/** What the signed-in person is in the fair of this page, read once per fair and person (see the store). */
export function useFairRights(): FairRightsView {
  const slug = useRouteFairSlug();
  const userId = useSession((s) => s.user?.id ?? null);
  const key = slug && userId ? fairRightsKey(userId, slug) : null;
  const entry = useFairRightsStore((s) => (key ? s.entries[key] : undefined));
  const round = useFairRightsStore((s) => s.round);
  useEffect(() => {
    // An answer that lands from an earlier round (asked before the round moved on) is asked again.
    if (slug && userId && (!entry || entry.round < round)) void ask(userId, slug, round);
  }, [slug, userId, entry, round]);
  const rights = key ? (entry?.rights ?? null) : null;
  return {
    rights,
    ready: !key || entry !== undefined,
    organiser: rights?.role === 'organiser',
    exhibitorId: rights?.exhibitorId ?? null,
  };
}

/**
 * Whether the account may apply for a booth in a fair where it is nobody's staff yet: a pesantren's account
 * (signed up as exhibitor), the one right that belongs to the account rather than to a fair — the server's
 * application route decides on it too (`POST /api/exhibitors`).
 */
export function mayApply(user: Pick<User, 'role' | 'isGuest'> | null): boolean {
  return user !== null && !user.isGuest && user.role === 'exhibitor';
}
