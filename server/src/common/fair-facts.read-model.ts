import type { EntityManager } from 'typeorm';

/** What a server-built link or text needs of a fair: its address and its zone. */
export interface FairFacts {
  slug: string;
  timeZone: string;
}

/**
 * A fair's slug and zone, read from the events module's `event` table (read only): notifications, mail and
 * invitation links name the fair (`/e/<slug>/…`) and write times in its zone
 * (docs/decisions/0034-fair-links-and-times.md). Not cached: an organiser may change the zone, and this is
 * one indexed row per notice. Null when there is no such fair.
 */
export async function fairFacts(m: EntityManager, eventId: string): Promise<FairFacts | null> {
  const [row]: FairFacts[] = await m.query(`SELECT slug, time_zone AS "timeZone" FROM event WHERE id = $1`, [
    eventId,
  ]);
  return row ?? null;
}

/** The path `path` inside the fair's pages: "/meetings" → "/e/opop-2026/meetings" ("/" → "/e/opop-2026"). */
export const fairPath = (slug: string, path: string): string =>
  `/e/${encodeURIComponent(slug)}${path === '/' ? '' : path}`;

/** `path` inside the pages of the fair `eventId` ("/e/<slug>/…"); the bare path if the fair is gone. */
export async function pathInFair(m: EntityManager, eventId: string, path: string): Promise<string> {
  const fair = await fairFacts(m, eventId);
  return fair ? fairPath(fair.slug, path) : path;
}
