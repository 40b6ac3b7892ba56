import { Global, Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { DomainEventBus } from './event-bus';
import { UnitOfWork } from './unit-of-work';

/** Infrastructure every module may use: the domain event bus and the unit of work. */
@Global()
@Module({
  imports: [EventEmitterModule.forRoot({ wildcard: false, maxListeners: 50, ignoreErrors: false })],
  providers: [DomainEventBus, UnitOfWork],
  exports: [DomainEventBus, UnitOfWork],
})
export class DomainModule {}
