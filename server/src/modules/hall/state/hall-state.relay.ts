import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OnDomainEvent, type DomainEventMap } from '../../../domain';
import { RedisClients } from '../../redis/redis.clients';
import { HallRights } from '../hall-rights.service';
import { EventDirectory } from './event-directory';
import { HallSanctions } from './hall-sanctions';
import { JoinSnapshots } from './join-snapshot';

const CHANNEL = 'pameran:hall-state';

/** What changed, as it crosses nodes: enough to know which memory to refresh, never the data itself. */
type Change =
  | { kind: 'sanctions' }
  | { kind: 'booths'; eventId: string }
  | { kind: 'schedule'; eventId: string }
  | { kind: 'announcements'; eventId: string }
  | { kind: 'events' }
  | { kind: 'rights'; userId: string };

/**
 * Keeps the handshake's memory (`HallSanctions`, `EventDirectory`, `JoinSnapshots`, `FairRights` with the
 * open sockets' rights) fresh on every node:
 * each listener applies its domain event here and publishes the change on a small Redis channel; the other
 * nodes apply it on receipt (docs/decisions/0022-handshake-from-memory.md). On a single node (no Redis)
 * the local listeners suffice. A change reaches another node's next handshake within one Redis publish
 * plus, for sanctions, one read of the (few) sanctions in force; the specs hold it to a second.
 */
@Injectable()
export class HallStateRelay implements OnApplicationBootstrap {
  private readonly logger = new Logger(HallStateRelay.name);
  private readonly node = randomUUID();

  constructor(
    private readonly redis: RedisClients,
    private readonly sanctions: HallSanctions,
    private readonly directory: EventDirectory,
    private readonly snapshots: JoinSnapshots,
    private readonly rights: HallRights,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const sub = this.redis.sub;
    if (!sub) return;
    sub.on('message', (channel: string, raw: string) => {
      if (channel === CHANNEL) this.receive(raw);
    });
    await sub.subscribe(CHANNEL);
  }

  @OnDomainEvent('moderation.changed')
  rereadSanctions(_: DomainEventMap['moderation.changed']): Promise<void> {
    return this.sanctionsChanged();
  }

  @OnDomainEvent('booth.changed')
  forgetBooths({ eventId }: DomainEventMap['booth.changed']): Promise<void> {
    return this.changed({ kind: 'booths', eventId });
  }

  @OnDomainEvent('schedule.changed')
  rebuildSchedule({ eventId }: DomainEventMap['schedule.changed']): Promise<void> {
    return this.changed({ kind: 'schedule', eventId });
  }

  @OnDomainEvent('announcement.published')
  rebuildAnnouncements({ eventId }: DomainEventMap['announcement.published']): Promise<void> {
    return this.changed({ kind: 'announcements', eventId });
  }

  @OnDomainEvent('event.changed')
  rereadEvents(_: DomainEventMap['event.changed']): Promise<void> {
    return this.changed({ kind: 'events' });
  }

  /** Memberships are among what `identity.changed` announces (every grant and withdrawal publishes it). */
  @OnDomainEvent('identity.changed')
  rereadRights({ userId }: DomainEventMap['identity.changed']): Promise<void> {
    return this.changed({ kind: 'rights', userId });
  }

  /** Sanctions changed without a domain event of their own (a guest's ban pinned to their address). */
  sanctionsChanged(): Promise<void> {
    return this.changed({ kind: 'sanctions' });
  }

  private async changed(change: Change): Promise<void> {
    await this.apply(change);
    await this.redis.pub?.publish(CHANNEL, JSON.stringify({ node: this.node, ...change }));
  }

  private async apply(change: Change): Promise<void> {
    switch (change.kind) {
      case 'sanctions':
        return this.sanctions.changed();
      case 'booths':
        return this.directory.boothsChanged(change.eventId);
      case 'schedule':
        return this.snapshots.scheduleChanged(change.eventId);
      case 'announcements':
        return this.snapshots.announcementsChanged(change.eventId);
      case 'events':
        return this.directory.eventsChanged();
      case 'rights':
        return this.rights.changed(change.userId);
    }
  }

  private receive(raw: string): void {
    try {
      const { node, ...change } = JSON.parse(raw) as Change & { node?: string };
      if (node !== this.node) this.apply(change).catch((err) => this.logger.warn({ err }, 'refresh failed'));
    } catch (err) {
      this.logger.warn({ err }, 'unreadable hall-state message');
    }
  }
}
