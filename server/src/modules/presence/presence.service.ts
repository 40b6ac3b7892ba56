import { Injectable } from '@nestjs/common';

/**
 * Who stands at which booth right now. Ephemeral by design (never in Postgres); the live hall's
 * socket gateway updates it, and REST lists read it for `liveVisitors`.
 */
@Injectable()
export class PresenceService {
  private readonly occupancy = new Map<string, number>();

  count(boothId: string): number {
    return this.occupancy.get(boothId) ?? 0;
  }

  set(boothId: string, count: number): void {
    if (count > 0) this.occupancy.set(boothId, count);
    else this.occupancy.delete(boothId);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.occupancy);
  }
}
