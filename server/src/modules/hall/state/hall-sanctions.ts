import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { ModerationState } from '@pameran/contracts';
import { ModerationService, type ActiveSanction } from '../../moderation/moderation.service';
import { Reloader } from './reloader';
import { SanctionsMemory } from './sanctions-memory';

/**
 * Every mute and ban in force, in this node's memory, for the handshake and the join snapshot: read at
 * start-up and again whenever the moderation state changes (`moderation.changed` here, or relayed from
 * another node by `HallStateRelay`; a guest's ban pinned to their address and device). Sanctions are few,
 * so a change re-reads them all, and a read that started before the change is never the last one.
 */
@Injectable()
export class HallSanctions implements OnApplicationBootstrap {
  private readonly memory = new SanctionsMemory();
  private readonly reloader: Reloader<ActiveSanction[]>;

  constructor(moderation: ModerationService) {
    this.reloader = new Reloader(
      () => moderation.active(),
      (rows) => this.memory.replace(rows),
    );
  }

  onApplicationBootstrap(): Promise<void> {
    return this.reloader.request();
  }

  /** Resolves once a read that started after this call is in memory. */
  changed(): Promise<void> {
    return this.reloader.request();
  }

  banOf(
    userId: string,
    eventId: string,
    address: string | null,
    deviceId: string | null,
  ): { until: Date | null } | null {
    return this.memory.banOf(userId, eventId, address, deviceId);
  }

  stateOf(userId: string, eventId: string): ModerationState {
    return this.memory.stateOf(userId, eventId);
  }
}
