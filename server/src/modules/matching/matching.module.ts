import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { LeadsModule } from '../leads/leads.module';
import { MembershipsModule } from '../memberships';
import { NotificationsModule } from '../notifications/notifications.module';
import { ScheduleModule } from '../schedule/schedule.module';
import { UsersModule } from '../users/users.module';
import { AutoScheduleService } from './auto-schedule.service';
import { BlockMeetingsService } from './block-meetings.service';
import { BuyerDirectoryController } from './buyer-directory.controller';
import { BuyerRequestsService } from './buyer-requests.service';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { CalendarFeedService } from './calendar-feed.service';
import { IdempotencyService } from './idempotency.service';
import { MatchingAdminController } from './matching-admin.controller';
import { MatchingAdminService } from './matching-admin.service';
import { MatchingCalendar } from './matching-calendar.service';
import { MatchingMapper } from './matching.mapper';
import { MatchingTimeline } from './matching-timeline.service';
import {
  AvailabilityEntity,
  IdempotencyKeyEntity,
  MeetingEntity,
  MeetingParticipantEntity,
  MeetingRequestEntity,
  MeetingTableEntity,
} from './matching.entities';
import { MeetingRequestsService } from './meeting-requests.service';
import { MeetingsController, MyMatchingController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { BuyerDirectory } from './read-models/buyer-directory.read-model';
import { ExhibitorProducts } from './read-models/exhibitor-products.read-model';
import { MatchingEventReadModel } from './read-models/matching-calendar.read-model';
import { MatchingPeople } from './read-models/matching-people.read-model';
import { RequestDrafts } from './request-drafts';
import { SlotRules } from './slot-rules';
import { SourcingController } from './sourcing.controller';
import { SuggestionsReadModel } from './read-models/suggestions.read-model';
import { SuggestionsController } from './suggestions/suggestions.controller';
import { SuggestionsService } from './suggestions/suggestions.service';
import { ShortlistEntity, SourcingRequestEntity, SourcingResponseEntity } from './sourcing.entities';
import { SourcingService } from './sourcing.service';
import { StaffSides } from './staff-sides';

/**
 * Business matching: requests, meetings without double booking, auto-scheduling, sourcing, shortlists.
 * Deals and video use its meetings (MeetingsService, MatchingCalendar) and its read models of the people
 * and products involved (MatchingPeople, ExhibitorProducts).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CalendarFeedEntity,
      MeetingTableEntity,
      AvailabilityEntity,
      MeetingRequestEntity,
      MeetingEntity,
      MeetingParticipantEntity,
      IdempotencyKeyEntity,
      SourcingRequestEntity,
      SourcingResponseEntity,
      ShortlistEntity,
    ]),
    ScheduleModule,
    NotificationsModule,
    EventsModule,
    LeadsModule,
    UsersModule,
    MembershipsModule,
  ],
  controllers: [
    MeetingsController,
    MyMatchingController,
    MatchingAdminController,
    SourcingController,
    BuyerDirectoryController,
    SuggestionsController,
  ],
  providers: [
    MatchingPeople,
    ExhibitorProducts,
    MatchingEventReadModel,
    MatchingMapper,
    MatchingCalendar,
    SlotRules,
    MeetingsService,
    MeetingRequestsService,
    MatchingAdminService,
    IdempotencyService,
    AutoScheduleService,
    CalendarFeedService,
    MatchingTimeline,
    SourcingService,
    BuyerDirectory,
    RequestDrafts,
    BuyerRequestsService,
    BlockMeetingsService,
    SuggestionsReadModel,
    SuggestionsService,
    StaffSides,
  ],
  exports: [
    MeetingsService,
    MeetingRequestsService,
    SourcingService,
    MatchingCalendar,
    MatchingPeople,
    ExhibitorProducts,
    StaffSides,
  ],
})
export class MatchingModule {}
