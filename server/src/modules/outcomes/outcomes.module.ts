import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { MatchingModule } from '../matching/matching.module';
import { MembershipsModule } from '../memberships';
import { NotificationsModule } from '../notifications/notifications.module';
import { ScheduleModule } from '../schedule/schedule.module';
import { FunnelService } from './funnel.service';
import { MeetingOutcomeEntity, MeetingOutcomePromptEntity } from './meeting-outcome.entity';
import { AskPartiesForOutcome } from './outcome-prompts';
import { FunnelController, OutcomesController } from './outcomes.controller';
import { OutcomesService } from './outcomes.service';
import { MeetingFunnelReadModel } from './read-models/meeting-funnel.read-model';
import { OutcomeMeetings } from './read-models/outcome-meetings.read-model';

/**
 * After the meeting: each side's outcome and rating, the request at its end to record them, and the funnel
 * from request to deal (docs/domain.md "After the meeting"). Follows matching's meetings through read models
 * and its `meeting.end` timed effect; publishes `meeting.outcome_recorded`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([MeetingOutcomeEntity, MeetingOutcomePromptEntity]),
    MatchingModule,
    MembershipsModule,
    NotificationsModule,
    ScheduleModule,
    EventsModule,
  ],
  controllers: [OutcomesController, FunnelController],
  providers: [OutcomesService, FunnelService, AskPartiesForOutcome, OutcomeMeetings, MeetingFunnelReadModel],
  exports: [OutcomesService],
})
export class OutcomesModule {}
