import { Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { DomainModule } from '../domain';
import { AuditModule } from '../modules/audit/audit.module';
import { EventsModule } from '../modules/events/events.module';
import { UsersModule } from '../modules/users/users.module';

/**
 * What the admin commands need and nothing more: no HTTP, no hall sockets, no schedule runner (which
 * would take the scheduling lock and run timed effects from a short-lived process).
 */
@Module({
  imports: [ConfigModule, DatabaseModule, DomainModule, AuditModule, UsersModule, EventsModule],
})
export class AdminCliModule {}
