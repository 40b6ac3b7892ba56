import { Injectable } from '@nestjs/common';
import { RedisClients } from '../redis/redis.clients';
import { emptyTalk, type BoothTalk } from './talk-state';

/** A booth's document is forgotten this long after its last change (nobody talks at a booth for so long). */
const KEEP_MS = 6 * 60 * 60_000;
const key = (boothId: string) => `pameran:talk:${boothId}`;

/**
 * Stores the document only if nobody stored another version since `expected` was read (compare-and-set on
 * `v`), atomically in Redis; a node that lost the race reads again and retries its change.
 */
const CAS = `
local cur = redis.call('GET', KEYS[1])
local v = 0
if cur then v = cjson.decode(cur).v end
if v ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 1`;

/**
 * Where each booth's talk-now lives: in Redis when the nodes share one (so every node sees the same
 * queue and calls), in this process's memory on a single node.
 */
@Injectable()
export class TalkStore {
  private readonly memory = new Map<string, BoothTalk>();

  constructor(private readonly redis: RedisClients) {}

  async get(boothId: string): Promise<BoothTalk> {
    if (!this.redis.cmd) return structuredClone(this.memory.get(boothId) ?? emptyTalk());
    const raw = await this.redis.cmd.get(key(boothId));
    return raw ? (JSON.parse(raw) as BoothTalk) : emptyTalk();
  }

  /** Stores `next` (its `v` one past `expectedV`) unless another change came first; says whether it did. */
  async put(boothId: string, expectedV: number, next: BoothTalk): Promise<boolean> {
    if (!this.redis.cmd) {
      if ((this.memory.get(boothId)?.v ?? 0) !== expectedV) return false;
      this.memory.set(boothId, structuredClone(next));
      return true;
    }
    const stored = await this.redis.cmd.eval(CAS, 1, key(boothId), expectedV, JSON.stringify(next), KEEP_MS);
    return stored === 1;
  }
}
