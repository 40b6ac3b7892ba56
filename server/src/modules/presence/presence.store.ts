/**
 * Who stands at which booth, counted once per user however many tabs they have open.
 * `join`/`leave` return the booth's new count when it changed (the user's first tab arrived or last left),
 * else null. Contributions are recorded per node, so a dead node's share can be removed by the others.
 */
export interface PresenceStore {
  join(eventId: string, boothId: string, userId: string): Promise<number | null>;
  leave(eventId: string, boothId: string, userId: string): Promise<number | null>;
  counts(eventId: string): Promise<Record<string, number>>;
}

/** One node: plain maps. */
export class MemoryPresenceStore implements PresenceStore {
  /** event → booth → user → tabs */
  private readonly tabs = new Map<string, Map<string, Map<string, number>>>();

  async join(eventId: string, boothId: string, userId: string): Promise<number | null> {
    const booth = this.booth(eventId, boothId);
    const refs = (booth.get(userId) ?? 0) + 1;
    booth.set(userId, refs);
    return refs === 1 ? booth.size : null;
  }

  async leave(eventId: string, boothId: string, userId: string): Promise<number | null> {
    const booth = this.booth(eventId, boothId);
    const refs = (booth.get(userId) ?? 0) - 1;
    if (refs > 0) {
      booth.set(userId, refs);
      return null;
    }
    if (!booth.delete(userId)) return null;
    return booth.size;
  }

  async counts(eventId: string): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const [boothId, users] of this.tabs.get(eventId) ?? []) if (users.size) out[boothId] = users.size;
    return out;
  }

  private booth(eventId: string, boothId: string): Map<string, number> {
    let event = this.tabs.get(eventId);
    if (!event) this.tabs.set(eventId, (event = new Map()));
    let booth = event.get(boothId);
    if (!booth) event.set(boothId, (booth = new Map()));
    return booth;
  }
}
