import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { MatchingModule } from '../matching/matching.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { DealEntity } from './deal.entity';
import { DealsController } from './deals.controller';
import { DealsService } from './deals.service';
import { DealTotalsReadModel } from './read-models/deal-totals.read-model';

/** Deals between buyers and exhibitors (often after a business meeting), confirmed by the other side. */
@Module({
  imports: [TypeOrmModule.forFeature([DealEntity]), NotificationsModule, EventsModule, MatchingModule],
  controllers: [DealsController],
  providers: [DealsService, DealTotalsReadModel],
  exports: [DealsService],
})
export class DealsModule {}
