import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail';
import { RateLimitModule } from '../rate-limit';
import { UsersModule } from '../users/users.module';
import {
  ForgetMailPreferences,
  MailMeetingReminder,
  MailNewMessage,
  MailNotification,
  THREAD_READS,
} from './mail-listeners';
import { MessagesModule, MessagesQueries } from '../messages';
import { MailPreferenceEntity } from './mail-preference.entity';
import { MailPreferencesService } from './mail-preferences.service';
import {
  MailPreferencesController,
  MailSuppressionsController,
  UnsubscribeController,
} from './mailing.controller';
import { PersonalMail } from './personal-mail.service';
import { MailDigest } from './mail-digest.service';
import { CampaignsController } from './campaigns.controller';
import { MailCampaignEntity } from './mail-campaign.entity';
import { MailCampaigns } from './mail-campaigns.service';
import { CampaignSegmentsReadModel } from './read-models/campaign-segments.read-model';
import { FairSuppressionsReadModel } from './read-models/fair-suppressions.read-model';
import { UnansweredRequestsReadModel } from './read-models/unanswered-requests.read-model';
import { ScheduleModule } from '../schedule/schedule.module';

/**
 * The mail people get about the fair: templates in their language, preferences and the signed one-click
 * unsubscribe, and the listeners that turn notifications, reminders and messages into mail (sent through
 * the outbox of `MailModule`).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([MailPreferenceEntity, MailCampaignEntity]),
    MailModule,
    UsersModule,
    RateLimitModule,
    ScheduleModule,
    MessagesModule,
  ],
  controllers: [
    MailPreferencesController,
    UnsubscribeController,
    MailSuppressionsController,
    CampaignsController,
  ],
  providers: [
    MailPreferencesService,
    PersonalMail,
    MailNotification,
    MailMeetingReminder,
    MailNewMessage,
    ForgetMailPreferences,
    MailDigest,
    MailCampaigns,
    CampaignSegmentsReadModel,
    FairSuppressionsReadModel,
    UnansweredRequestsReadModel,
    // Whether a recipient still has a message unread comes from the messages module (its public port).
    { provide: THREAD_READS, useExisting: MessagesQueries },
  ],
  exports: [PersonalMail, MailPreferencesService],
})
export class MailingModule {}
