export type { DomainEventMap, DomainEventName } from './domain-events';
export { DomainEventBus, OnDomainEvent } from './event-bus';
export { DomainModule } from './domain.module';
export { UnitOfWork, type Tx } from './unit-of-work';
