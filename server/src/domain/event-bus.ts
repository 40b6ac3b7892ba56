import { Injectable } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import type { DomainEventMap, DomainEventName } from './domain-events';

/**
 * Publishes domain events to the listeners in this process and waits for them, so that when a request
 * answers, its consequences (socket deliveries, a ban's disconnect) have been carried out. A listener's
 * failure is logged by the emitter and never fails the publisher: the change it reports has committed.
 */
@Injectable()
export class DomainEventBus {
  constructor(private readonly emitter: EventEmitter2) {}

  async publish<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): Promise<void> {
    await this.emitter.emitAsync(name, payload);
  }
}

/** Marks a method as a listener of one domain event (typed: the method receives that event's payload). */
export function OnDomainEvent<K extends DomainEventName>(name: K) {
  const decorate = OnEvent(name, { suppressErrors: true });
  return <T extends (payload: DomainEventMap[K]) => unknown>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<T>,
  ): void => {
    decorate(target, key, descriptor);
  };
}
