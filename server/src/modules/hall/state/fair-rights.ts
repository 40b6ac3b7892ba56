import { Injectable } from '@nestjs/common';
import { MembershipService, NO_RIGHTS, type Rights } from '../../memberships';
import { MissRead } from './miss-read';

interface KnownFair {
  /** Member → their rights here; null until the fair's first handshake read them. */
  members: Map<string, Rights> | null;
  reading?: Promise<void>;
  /** A member's rights changed while the read ran: its answer may predate the change, so read again. */
  stale: boolean;
  misses: MissRead;
}

/**
 * What each person is in each fair (organiser, staff of one of its exhibitors, or neither), in memory, for
 * a handshake that reads no database (docs/decisions/0030-hall-rights-per-fair.md). A fair's members are
 * read in one query when its hall is first entered on this node; after that a change of someone's
 * memberships (`identity.changed`, here or through `HallStateRelay` on another node) re-reads that person's
 * rights alone. A read that may have started before a change is never the last word.
 */
@Injectable()
export class FairRights {
  private readonly fairs = new Map<string, KnownFair>();
  /** Changes seen per person while a read of their rights runs: only the read after the last one applies. */
  private readonly changes = new Map<string, number>();

  constructor(private readonly memberships: MembershipService) {}

  /**
   * The person's rights in the fair (none when they hold no membership of it). `expected`: their account is
   * of a kind that holds rights somewhere (an organiser's, an exhibitor's). Such a person we know no rights
   * of here is a miss: the fair is read again (at most once a second, shared by every miss meanwhile), so
   * memberships written without `identity.changed` (by hand, by a seed) are found; others never cost a read.
   */
  async of(eventId: string, userId: string, expected = false): Promise<Rights> {
    const fair = this.fairs.get(eventId) ?? this.know(eventId);
    if (!fair.members) await this.read(eventId, fair);
    const hit = fair.members?.get(userId);
    if (hit || !expected) return hit ?? NO_RIGHTS;
    // A crowd missing at once shares the read the first of them started.
    if (fair.misses.running) {
      await fair.misses.running;
      const found = fair.members?.get(userId);
      if (found) return found;
    }
    await fair.misses.after();
    return fair.members?.get(userId) ?? NO_RIGHTS;
  }

  /**
   * The person's memberships changed: their rights in every fair this node knows are read again. Answers
   * once they are in memory (false when a later change's read will put them there instead).
   */
  async changed(userId: string): Promise<boolean> {
    const n = (this.changes.get(userId) ?? 0) + 1;
    this.changes.set(userId, n);
    for (const fair of this.fairs.values()) if (fair.reading) fair.stale = true;
    try {
      const now = await this.memberships.rightsByFair(userId);
      if (this.changes.get(userId) !== n) return false;
      for (const [eventId, fair] of this.fairs) {
        const rights = now.get(eventId);
        if (rights) fair.members?.set(userId, rights);
        else fair.members?.delete(userId);
      }
      return true;
    } finally {
      if (this.changes.get(userId) === n) this.changes.delete(userId);
    }
  }

  private know(eventId: string): KnownFair {
    const fair: KnownFair = {
      members: null,
      stale: false,
      // A read already running may have begun before the miss: it is made to read once more.
      misses: new MissRead(() =>
        fair.reading ? ((fair.stale = true), fair.reading) : this.read(eventId, fair),
      ),
    };
    this.fairs.set(eventId, fair);
    return fair;
  }

  private read(eventId: string, fair: KnownFair): Promise<void> {
    fair.reading ??= (async () => {
      do {
        fair.stale = false;
        const members = await this.memberships.rightsInFair(eventId);
        if (!fair.stale) fair.members = members;
      } while (fair.stale);
    })().finally(() => (fair.reading = undefined));
    return fair.reading;
  }
}
