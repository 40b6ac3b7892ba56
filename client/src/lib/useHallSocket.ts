import type { Announcement, HallSnapshot } from '@pameran/contracts';
import { useEffect } from 'react';
import { create } from 'zustand';
import { getAccessToken, useSession } from '../stores/session';
import { connectHall, type HallSocket } from './socket';

/** One shared /hall connection, opened while at least one live view is mounted. */
const useHallSocketStore = create<{ socket: HallSocket | null }>()(() => ({ socket: null }));
let users = 0;
let connection: ReturnType<typeof connectHall> | null = null;
/** The fair the shared connection is joined to. */
let joined: string | null = null;

/**
 * What the server sent on joining (the snapshot, then the current announcements), kept for views that start
 * listening later: the header may open the shared socket long before the hall page mounts.
 */
let replay: { snapshot: HallSnapshot | null; announcements: Announcement[] } = {
  snapshot: null,
  announcements: [],
};
export const lastHallState = () => replay;

function acquire(slug: string): void {
  users += 1;
  if (connection && joined === slug) return;
  // Another fair's page opened while a view of the last one is still closing: join the new fair's hall.
  connection?.close();
  joined = slug;
  connection = connectHall(slug, {
    getToken: getAccessToken,
    refresh: () => useSession.getState().actions.refresh(),
  });
  replay = { snapshot: null, announcements: [] };
  connection.socket.on('hall:snapshot', (snapshot) => (replay = { snapshot, announcements: [] }));
  connection.socket.on('announcement', (a) => replay.announcements.push(a));
  useHallSocketStore.setState({ socket: connection.socket });
}

function release(): void {
  users -= 1;
  if (users > 0 || !connection) return;
  connection.close();
  connection = null;
  joined = null;
  useHallSocketStore.setState({ socket: null });
}

/**
 * The live hall socket for views that need it (hall, booth chat, live badges). Pages that only
 * read the catalogue never call this, so they work with no socket server at all. `enabled: false`
 * (e.g. nobody is signed in, so there is no token to connect with) holds no connection, and neither does
 * a page of no fair (`slug` null): every hall is one fair's.
 */
export function useHallSocket(slug: string | null, enabled = true): HallSocket | null {
  useEffect(() => {
    if (!enabled || slug === null) return;
    acquire(slug);
    return release;
  }, [slug, enabled]);
  const socket = useHallSocketStore((s) => s.socket);
  return enabled && slug !== null ? socket : null;
}
