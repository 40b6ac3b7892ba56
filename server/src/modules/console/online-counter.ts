import { Injectable, Logger } from '@nestjs/common';
import { HallQueries } from '../hall';
import { PresenceService } from '../presence/presence.service';
import { RedisClients } from '../redis/redis.clients';

/** A node's share older than this is ignored (the node stopped or lost Redis). */
const FRESH_MS = 6000;
const key = (eventId: string) => `pameran:console:online:${eventId}`;

/**
 * People connected to an event's hall, on all nodes. Each node counts the distinct users among its own
 * sockets in the event room (no cross-node socket fetch, which would ship every socket's data) and, with
 * Redis, publishes that count with a timestamp in one hash per event; the total is the sum of the fresh
 * shares. A user with tabs on two nodes counts twice: an accepted overcount at the edges.
 */
@Injectable()
export class OnlineCounter {
  private readonly logger = new Logger(OnlineCounter.name);

  constructor(
    private readonly hall: HallQueries,
    private readonly redis: RedisClients,
    private readonly presence: PresenceService,
  ) {}

  /** Distinct users (organisers aside) in the event's hall on this node. */
  local(eventId: string): number {
    return this.hall.peopleOnThisNode(eventId);
  }

  /** Events with at least one socket on this node. */
  localEvents(): string[] {
    return this.hall.eventsOnThisNode();
  }

  /** Publish this node's counts (called on every dashboard tick, on every node). */
  async publish(): Promise<void> {
    const cmd = this.redis.cmd;
    if (!cmd) return;
    const now = Date.now();
    try {
      const pipe = cmd.pipeline();
      for (const eventId of this.localEvents()) {
        pipe.hset(key(eventId), this.presence.nodeId, `${this.local(eventId)}:${now}`);
        pipe.pexpire(key(eventId), FRESH_MS * 10);
      }
      await pipe.exec();
    } catch (err) {
      this.logger.debug({ err: (err as Error).message }, 'online count not published');
    }
  }

  async total(eventId: string): Promise<number> {
    const mine = this.local(eventId);
    const cmd = this.redis.cmd;
    if (!cmd) return mine;
    try {
      const shares = await cmd.hgetall(key(eventId));
      const now = Date.now();
      let sum = mine;
      for (const [node, value] of Object.entries(shares)) {
        if (node === this.presence.nodeId) continue;
        const [count, at] = value.split(':').map(Number);
        if (now - at <= FRESH_MS) sum += count;
      }
      return sum;
    } catch {
      return mine;
    }
  }
}
