import type Redis from 'ioredis';
import type { PresenceStore } from './presence.store';

/**
 * Presence in Redis, so every node reports the same truth. Per booth a hash user → tabs, per event a hash
 * booth → distinct users, and per node a hash of its own contributions, so the survivors can remove the
 * share of a node whose heartbeat expired. Every change is one Lua script (atomic).
 */
const JOIN = `
local tabs = redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('HINCRBY', KEYS[3], ARGV[3], 1)
if tabs == 1 then return redis.call('HINCRBY', KEYS[2], ARGV[2], 1) end
return -1`;

const LEAVE = `
local tabs = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if tabs <= 0 then return -1 end
if redis.call('HINCRBY', KEYS[3], ARGV[3], -1) <= 0 then redis.call('HDEL', KEYS[3], ARGV[3]) end
if tabs > 1 then redis.call('HINCRBY', KEYS[1], ARGV[1], -1) return -1 end
redis.call('HDEL', KEYS[1], ARGV[1])
local n = redis.call('HINCRBY', KEYS[2], ARGV[2], -1)
if n <= 0 then redis.call('HDEL', KEYS[2], ARGV[2]) n = 0 end
return n`;

/** Remove everything a dead node contributed; returns a flat list event, booth, count of changed booths. */
const REAP = `
local entries = redis.call('HGETALL', KEYS[1])
local changed = {}
for i = 1, #entries, 2 do
  local event, booth, user = string.match(entries[i], '([^|]+)|([^|]+)|([^|]+)')
  local refs = tonumber(entries[i + 1])
  local usersKey = ARGV[1] .. 'pres:' .. event .. ':' .. booth
  local left = redis.call('HINCRBY', usersKey, user, -refs)
  if left <= 0 then
    redis.call('HDEL', usersKey, user)
    local countsKey = ARGV[1] .. 'occ:' .. event
    local n = redis.call('HINCRBY', countsKey, booth, -1)
    if n <= 0 then redis.call('HDEL', countsKey, booth) n = 0 end
    table.insert(changed, event) table.insert(changed, booth) table.insert(changed, n)
  end
end
redis.call('DEL', KEYS[1])
redis.call('DEL', KEYS[2])
redis.call('SREM', KEYS[3], ARGV[2])
return changed`;

export interface BoothCount {
  eventId: string;
  boothId: string;
  count: number;
}

export class RedisPresenceStore implements PresenceStore {
  constructor(
    private readonly redis: Redis,
    readonly nodeId: string,
    private readonly prefix = 'pameran:',
  ) {}

  private keys(eventId: string, boothId: string): string[] {
    return [
      `${this.prefix}pres:${eventId}:${boothId}`,
      `${this.prefix}occ:${eventId}`,
      this.nodeKey(this.nodeId),
    ];
  }

  private nodeKey(node: string) {
    return `${this.prefix}node:${node}:pres`;
  }

  private heartbeatKey(node: string) {
    return `${this.prefix}node:${node}:hb`;
  }

  private get registry() {
    return `${this.prefix}nodes`;
  }

  async join(eventId: string, boothId: string, userId: string): Promise<number | null> {
    const n = (await this.redis.eval(
      JOIN,
      3,
      ...this.keys(eventId, boothId),
      userId,
      boothId,
      `${eventId}|${boothId}|${userId}`,
    )) as number;
    return n < 0 ? null : n;
  }

  async leave(eventId: string, boothId: string, userId: string): Promise<number | null> {
    const n = (await this.redis.eval(
      LEAVE,
      3,
      ...this.keys(eventId, boothId),
      userId,
      boothId,
      `${eventId}|${boothId}|${userId}`,
    )) as number;
    return n < 0 ? null : n;
  }

  async counts(eventId: string): Promise<Record<string, number>> {
    const raw = await this.redis.hgetall(`${this.prefix}occ:${eventId}`);
    return Object.fromEntries(
      Object.entries(raw)
        .map(([k, v]) => [k, Number(v)])
        .filter(([, v]) => (v as number) > 0),
    );
  }

  /** Keep this node's heartbeat alive; true when the registry had forgotten us (Redis restarted empty). */
  async heartbeat(ttlMs: number): Promise<boolean> {
    const [, [, added]] = (await this.redis
      .multi()
      .set(this.heartbeatKey(this.nodeId), '1', 'PX', ttlMs)
      .sadd(this.registry, this.nodeId)
      .exec()) as [[null, unknown], [null, number]];
    return added === 1;
  }

  /** Remove the contributions of nodes whose heartbeat expired; returns the booths whose count changed. */
  async reapDeadNodes(): Promise<BoothCount[]> {
    const changed: BoothCount[] = [];
    for (const node of await this.redis.smembers(this.registry)) {
      if (node === this.nodeId || (await this.redis.exists(this.heartbeatKey(node)))) continue;
      changed.push(...(await this.reap(node)));
    }
    return changed;
  }

  /** On shutdown: leave the registry and take this node's share with it. */
  async retire(): Promise<BoothCount[]> {
    await this.redis.del(this.heartbeatKey(this.nodeId));
    return this.reap(this.nodeId);
  }

  private async reap(node: string): Promise<BoothCount[]> {
    const flat = (await this.redis.eval(
      REAP,
      3,
      this.nodeKey(node),
      this.heartbeatKey(node),
      this.registry,
      this.prefix,
      node,
    )) as (string | number)[];
    const changed: BoothCount[] = [];
    for (let i = 0; i < flat.length; i += 3) {
      changed.push({ eventId: String(flat[i]), boothId: String(flat[i + 1]), count: Number(flat[i + 2]) });
    }
    return changed;
  }
}
