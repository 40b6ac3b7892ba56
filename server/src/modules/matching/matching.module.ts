import { ScheduleModule } from '../schedule/schedule.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { EventsModule } from '../events/events.module';
import { Module } from '@nestjs/common';
import { AutoScheduleService } from './auto-schedule.service';
import { CalendarFeedService } from './calendar-feed.service';
import { IdempotencyService } from './idempotency.service';
import { MatchingAdminController } from './matching-admin.controller';
import { MatchingCalendar } from './matching-calendar.service';
import { MatchingSweeper } from './matching-sweeper.service';
import { MeetingRequestsService } from './meeting-requests.service';
import { MeetingsController, MyMatchingController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { SlotRules } from './slot-rules';
import { SourcingController } from './sourcing.controller';
import { SourcingService } from './sourcing.service';

/** Business matching: requests, meetings without double booking, auto-scheduling, sourcing, shortlists. */
@Module({
  imports: [ScheduleModule, NotificationsModule, EventsModule],
  controllers: [MeetingsController, MyMatchingController, MatchingAdminController, SourcingController],
  providers: [
    MatchingCalendar,
    SlotRules,
    MeetingsService,
    MeetingRequestsService,
    IdempotencyService,
    AutoScheduleService,
    CalendarFeedService,
    MatchingSweeper,
    SourcingService,
  ],
  exports: [MeetingsService, MatchingCalendar],
})
export class MatchingModule {}
