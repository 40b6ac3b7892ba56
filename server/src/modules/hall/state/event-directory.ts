import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HallDirectoryReadModel } from '../read-models/hall-directory.read-model';
import { Reloader } from './reloader';

/** A miss (an unknown slug, a staff member whose booth we do not know) re-reads at most this often. */
export const MISS_RELOAD_MS = 1_000;

interface HallEvent {
  id: string;
  /** Exhibitor → their booth in this event; null until first needed. */
  booths: Map<string, string> | null;
  boothsReadAt: number;
  boothsReading?: Promise<void>;
}

/**
 * The events the hall knows by slug and each exhibitor's booth in them, in memory, for a handshake that
 * reads no database (docs/decisions/0022-handshake-from-memory.md). Events are read at start-up; a slug
 * we do not know re-reads the list (at most once a second, so random slugs cannot hammer the database).
 * Booths are read per event when a staff member first enters it, again after `booth.changed` (here or,
 * through `HallStateRelay`, elsewhere) and on a miss (at most once a second per event).
 */
@Injectable()
export class EventDirectory implements OnApplicationBootstrap {
  private bySlug = new Map<string, HallEvent>();
  private byId = new Map<string, HallEvent>();
  private missReadAt = -Infinity;
  /** The last read a miss started; later misses within the second wait for it rather than fail. */
  private missRead: Promise<void> = Promise.resolve();
  private readonly events: Reloader<{ id: string; slug: string }[]>;

  constructor(private readonly db: HallDirectoryReadModel) {
    this.events = new Reloader(
      () => db.events(),
      (rows) => {
        for (const { id, slug } of rows) {
          const known = this.byId.get(id) ?? { id, booths: null, boothsReadAt: -Infinity };
          this.byId.set(id, known);
          this.bySlug.set(slug, known);
        }
      },
    );
  }

  onApplicationBootstrap(): Promise<void> {
    return this.events.request();
  }

  /** The event's id, or null when there is none with this slug. */
  async eventId(slug: string): Promise<string | null> {
    const hit = this.bySlug.get(slug);
    if (hit) return hit.id;
    if (Date.now() - this.missReadAt >= MISS_RELOAD_MS) {
      this.missReadAt = Date.now();
      this.missRead = this.events.request();
    }
    await this.missRead;
    return this.bySlug.get(slug)?.id ?? null;
  }

  /** The booth this exhibitor has in the event, if any. */
  async staffBooth(eventId: string, exhibitorId: string | null | undefined): Promise<string | null> {
    const event = this.byId.get(eventId);
    if (!exhibitorId || !event) return null;
    const hit = event.booths?.get(exhibitorId);
    if (hit) return hit;
    if (event.boothsReading) await event.boothsReading;
    else if (Date.now() - event.boothsReadAt >= MISS_RELOAD_MS) await this.readBooths(event);
    return event.booths?.get(exhibitorId) ?? null;
  }

  /** A booth of the event changed: its exhibitor's booth is read again when next needed. */
  boothsChanged(eventId: string): void {
    const event = this.byId.get(eventId);
    if (event) event.boothsReadAt = -Infinity;
  }

  private readBooths(event: HallEvent): Promise<void> {
    event.boothsReading ??= this.db
      .boothsOf(event.id)
      .then((booths) => {
        event.booths = booths;
        event.boothsReadAt = Date.now();
      })
      .finally(() => (event.boothsReading = undefined));
    return event.boothsReading;
  }
}
