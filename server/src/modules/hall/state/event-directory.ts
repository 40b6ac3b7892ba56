import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { EventStatus } from '@pameran/contracts';
import { HallDirectoryReadModel } from '../read-models/hall-directory.read-model';
import { MISS_RELOAD_MS, MissRead } from './miss-read';
import { Reloader } from './reloader';

interface HallEvent {
  id: string;
  /** Archived fairs are read-only for good: their hall can be looked at, not walked or chatted in. */
  archived: boolean;
  /** Exhibitor → their booth in this event; null until first needed. */
  booths: Map<string, string> | null;
  boothsReadAt: number;
  boothsReading?: Promise<void>;
}

/**
 * The events the hall knows by slug and each exhibitor's booth in them, in memory, for a handshake that
 * reads no database (docs/decisions/0022-handshake-from-memory.md). Events are read at start-up and after
 * `event.changed` (an archived fair's hall refuses walking and chat, 0030); a slug we do not know re-reads
 * the list (at most once a second, so random slugs cannot hammer the database).
 * Booths are read per event when a staff member first enters it, again after `booth.changed` (here or,
 * through `HallStateRelay`, elsewhere) and on a miss (at most once a second per event).
 */
@Injectable()
export class EventDirectory implements OnApplicationBootstrap {
  private bySlug = new Map<string, HallEvent>();
  private byId = new Map<string, HallEvent>();
  private readonly misses = new MissRead(() => this.events.request());
  private readonly events: Reloader<{ id: string; slug: string; status: EventStatus }[]>;

  constructor(private readonly db: HallDirectoryReadModel) {
    this.events = new Reloader(
      () => db.events(),
      (rows) => {
        for (const { id, slug, status } of rows) {
          const known = this.byId.get(id) ?? { id, archived: false, booths: null, boothsReadAt: -Infinity };
          known.archived = status === 'archived';
          this.byId.set(id, known);
          this.bySlug.set(slug, known);
        }
      },
    );
  }

  onApplicationBootstrap(): Promise<void> {
    return this.events.request();
  }

  /** The event's id, or null when there is none with this slug (after a read that began after the ask). */
  async eventId(slug: string): Promise<string | null> {
    const hit = this.bySlug.get(slug);
    if (hit) return hit.id;
    // A crowd asking for a new event at once shares the read the first of them started.
    if (this.misses.running) {
      await this.misses.running;
      const found = this.bySlug.get(slug);
      if (found) return found.id;
    }
    // An event created a moment ago is found; made-up slugs cost one read a second however many arrive.
    await this.misses.after();
    return this.bySlug.get(slug)?.id ?? null;
  }

  /** Whether the fair is archived (as of the last read of the events). */
  archived(eventId: string): boolean {
    return this.byId.get(eventId)?.archived ?? false;
  }

  /** A fair's status changed (or a fair was made): the events are read again; resolves once applied. */
  eventsChanged(): Promise<void> {
    return this.events.request();
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
