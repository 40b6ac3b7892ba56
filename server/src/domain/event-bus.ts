import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import type { DomainEventMap, DomainEventName } from './domain-events';

/**
 * Publishes domain events to the listeners in this process and waits for all of them, so that when a
 * request answers, its consequences (socket deliveries, a ban's disconnect) have been carried out. A
 * listener's failure is logged and never fails the publisher or the other listeners: the change it reports
 * has already committed.
 */
@Injectable()
export class DomainEventBus {
  private readonly logger = new Logger(DomainEventBus.name);

  constructor(private readonly emitter: EventEmitter2) {}

  async publish<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): Promise<void> {
    const results = await Promise.allSettled(
      this.emitter.listeners(name).map(async (listener) => listener(payload)),
    );
    for (const r of results) {
      if (r.status === 'rejected')
        this.logger.error({ err: r.reason as Error, event: name }, 'listener failed');
    }
  }
}

/** Marks a method as a listener of one domain event (typed: the method receives that event's payload). */
export function OnDomainEvent<K extends DomainEventName>(name: K) {
  const decorate = OnEvent(name, { suppressErrors: false });
  return <T extends (payload: DomainEventMap[K]) => unknown>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<T>,
  ): void => {
    decorate(target, key, descriptor);
  };
}
