import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OnDomainEvent, type DomainEventMap } from '../../domain';
import { MembershipService } from '../memberships';
import { RedisClients } from '../redis/redis.clients';
import { IdentityService } from './identity.service';

const CHANNEL = 'pameran:identity';

/**
 * Carries "forget this person" (their identity and their memberships) to the other nodes when REDIS_URL is set, so a revocation or role change
 * made on one node holds on all of them at once instead of after `IDENTITY_TTL_MS`. Domain events stay
 * in-process; this relay is the one thing that crosses nodes for them (the hall's open sockets are closed
 * through the Socket.IO adapter instead). On one node it does nothing: the local listener suffices.
 */
@Injectable()
export class IdentityRelay implements OnApplicationBootstrap {
  private readonly logger = new Logger(IdentityRelay.name);
  private readonly node = randomUUID();

  constructor(
    private readonly redis: RedisClients,
    private readonly identity: IdentityService,
    private readonly memberships: MembershipService,
  ) {}

  /** Listens first, then loads the identity ledger, so no change made elsewhere falls between the two. */
  async onApplicationBootstrap(): Promise<void> {
    const sub = this.redis.sub;
    if (sub) {
      sub.on('message', (channel: string, raw: string) => {
        if (channel === CHANNEL) this.receive(raw);
      });
      await sub.subscribe(CHANNEL);
    }
    await this.identity.loadLedger();
  }

  @OnDomainEvent('identity.revoked')
  relayRevoked({ userId, version }: DomainEventMap['identity.revoked']): Promise<void> {
    return this.send(userId, version);
  }

  @OnDomainEvent('identity.changed')
  relayChanged({ userId }: DomainEventMap['identity.changed']): Promise<void> {
    return this.send(userId);
  }

  @OnDomainEvent('account.erased')
  relayErased({ userId }: DomainEventMap['account.erased']): Promise<void> {
    return this.send(userId);
  }

  private async send(userId: string, version?: number): Promise<void> {
    await this.redis.pub?.publish(CHANNEL, JSON.stringify({ node: this.node, userId, version }));
  }

  private receive(raw: string): void {
    try {
      const { node, userId, version } = JSON.parse(raw) as {
        node?: unknown;
        userId?: unknown;
        version?: unknown;
      };
      if (node !== this.node && typeof userId === 'string') {
        this.identity.forget(userId, typeof version === 'number' ? version : undefined);
        this.memberships.forget(userId);
      }
    } catch (err) {
      this.logger.warn({ err }, 'unreadable identity message');
    }
  }
}
