import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RedisClients } from '../redis/redis.clients';
import { MemoryPresenceStore, PresenceStore } from './presence.store';
import { BoothCount, RedisPresenceStore } from './redis-presence.store';

const HEARTBEAT_MS = 1000;
const HEARTBEAT_TTL_MS = 3000;
const FLUSH_MS = 50;

export type OccupancyListener = (eventId: string, changes: Record<string, number>) => void;

interface Stay {
  eventId: string;
  boothId: string;
  userId: string;
}

/**
 * Who stands at which booth right now. Ephemeral by design (never in Postgres): in memory on one node,
 * in Redis with several. Count changes are batched per event and flushed at most every 50 ms, only when
 * something changed. With Redis every node heartbeats; survivors remove a dead node's share within ~5 s,
 * and a node re-publishes its share when Redis comes back empty.
 */
@Injectable()
export class PresenceService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(PresenceService.name);
  readonly nodeId = randomUUID();
  private readonly store: PresenceStore;
  private readonly redisStore?: RedisPresenceStore;
  /** connection id → where it stands (this node's connections only) */
  private readonly stays = new Map<string, Stay>();
  private pending = new Map<string, Record<string, number>>();
  private flushTimer?: NodeJS.Timeout;
  private heartbeatTimer?: NodeJS.Timeout;
  private readonly listeners: OccupancyListener[] = [];

  constructor(redis: RedisClients) {
    if (redis.cmd) this.store = this.redisStore = new RedisPresenceStore(redis.cmd, this.nodeId);
    else this.store = new MemoryPresenceStore();
  }

  onModuleInit(): void {
    if (!this.redisStore) return;
    this.heartbeatTimer = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.heartbeatTimer.unref();
    void this.beat();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.heartbeatTimer);
    clearTimeout(this.flushTimer);
    if (this.redisStore) await this.redisStore.retire().catch(() => undefined);
  }

  /** Called with batched `{boothId: count}` changes of an event. */
  onOccupancy(listener: OccupancyListener): void {
    this.listeners.push(listener);
  }

  where(connectionId: string): Stay | undefined {
    return this.stays.get(connectionId);
  }

  /** Enter a booth (leaving any other first); one booth at a time per connection. */
  async enter(connectionId: string, eventId: string, boothId: string, userId: string): Promise<void> {
    const current = this.stays.get(connectionId);
    if (current?.boothId === boothId) return;
    if (current) await this.leave(connectionId);
    this.stays.set(connectionId, { eventId, boothId, userId });
    this.queue(eventId, boothId, await this.store.join(eventId, boothId, userId));
  }

  /** Leave whatever booth the connection is in; returns where it was. */
  async leave(connectionId: string): Promise<Stay | undefined> {
    const stay = this.stays.get(connectionId);
    if (!stay) return undefined;
    this.stays.delete(connectionId);
    this.queue(stay.eventId, stay.boothId, await this.store.leave(stay.eventId, stay.boothId, stay.userId));
    return stay;
  }

  counts(eventId: string): Promise<Record<string, number>> {
    return this.store.counts(eventId);
  }

  async count(eventId: string, boothId: string): Promise<number> {
    return (await this.counts(eventId))[boothId] ?? 0;
  }

  private queue(eventId: string, boothId: string, count: number | null): void {
    if (count === null) return;
    const changes = this.pending.get(eventId) ?? {};
    changes[boothId] = count;
    this.pending.set(eventId, changes);
    this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  private flush(): void {
    this.flushTimer = undefined;
    const batch = this.pending;
    this.pending = new Map();
    for (const [eventId, changes] of batch) for (const l of this.listeners) l(eventId, changes);
  }

  private async beat(): Promise<void> {
    try {
      const forgotten = await this.redisStore!.heartbeat(HEARTBEAT_TTL_MS);
      if (forgotten && this.stays.size) await this.republish();
      this.applyReaped(await this.redisStore!.reapDeadNodes());
    } catch (err) {
      this.logger.debug({ err: (err as Error).message }, 'presence heartbeat failed (Redis down?)');
    }
  }

  /** Redis came back empty: put this node's share back. */
  private async republish(): Promise<void> {
    for (const stay of this.stays.values()) {
      this.queue(stay.eventId, stay.boothId, await this.store.join(stay.eventId, stay.boothId, stay.userId));
    }
    this.logger.log({ connections: this.stays.size }, 'presence republished after Redis came back empty');
  }

  private applyReaped(changed: BoothCount[]): void {
    for (const c of changed) this.queue(c.eventId, c.boothId, c.count);
    if (changed.length)
      this.logger.warn({ booths: changed.length }, 'removed the presence of a node that stopped');
  }
}
