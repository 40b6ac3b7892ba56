import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { DomainEventMap, DomainEventName } from './domain-events';
import { DomainEventBus } from './event-bus';

/** One database transaction and the domain events it will publish once it commits. */
export interface Tx {
  readonly manager: EntityManager;
  /** Queue an event; it is published after the commit, and never if the transaction rolls back. */
  publish<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void;
}

/**
 * Runs work in one transaction and publishes the events it queued after the commit (in the order queued).
 * Services take an optional `Tx` so that a caller can make their writes part of a larger unit.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly bus: DomainEventBus,
  ) {}

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const queued: { name: DomainEventName; payload: unknown }[] = [];
    const result = await this.db.transaction((manager) =>
      work({
        manager,
        publish: (name, payload) => {
          queued.push({ name, payload });
        },
      }),
    );
    for (const e of queued) {
      await this.bus.publish(e.name, e.payload as DomainEventMap[typeof e.name]);
    }
    return result;
  }

  /** Join the caller's unit when given one, else run a unit of its own. */
  within<T>(tx: Tx | undefined, work: (tx: Tx) => Promise<T>): Promise<T> {
    return tx ? work(tx) : this.run(work);
  }

  /** Publish straight away: for a change made by a single statement that has already committed. */
  publish<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): Promise<void> {
    return this.bus.publish(name, payload);
  }
}
