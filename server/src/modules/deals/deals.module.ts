import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { MatchingModule } from '../matching/matching.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { DealEntity, DealValueRangeEntity } from './deal.entity';
import { DealVerificationController } from './deal-verification.controller';
import { DealVerificationService } from './deal-verification.service';
import { DealViews } from './deal-views';
import { DealsController } from './deals.controller';
import { DealsService } from './deals.service';
import { DealQueueReadModel } from './read-models/deal-queue.read-model';
import { DealTotalsReadModel } from './read-models/deal-totals.read-model';

/**
 * Deals between buyers and exhibitors (often after a business meeting), confirmed by the other side and
 * verified (automatically or by the organiser) before they count in the fair's public total.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([DealEntity, DealValueRangeEntity]),
    NotificationsModule,
    EventsModule,
    MatchingModule,
  ],
  controllers: [DealsController, DealVerificationController],
  providers: [DealsService, DealVerificationService, DealViews, DealQueueReadModel, DealTotalsReadModel],
  exports: [DealsService],
})
export class DealsModule {}
