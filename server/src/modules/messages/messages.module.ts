import { ModerationModule } from '../moderation/moderation.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { RateLimitModule } from '../rate-limit';
import { UploadsModule } from '../uploads/uploads.module';
import { MessageNotices } from './message-notices';
import { MessageReportsController } from './message-reports.controller';
import { MessageReportsService } from './message-reports.service';
import { MESSAGES_ENTITIES } from './messages.entities';
import { MessagesPrivacy } from './messages-privacy.service';
import { MessagesQueries } from './messages.queries';
import { ThreadInboxReadModel } from './read-models/thread-inbox.read-model';
import { ThreadPartiesReadModel } from './read-models/thread-parties.read-model';
import { ThreadAccessService } from './thread-access.service';
import { ThreadAttachmentsService } from './thread-attachments.service';
import { ThreadPartyGuard } from './thread-party.guard';
import { ThreadUnread } from './thread-unread.service';
import { ThreadsController } from './threads.controller';
import { ThreadsService } from './threads.service';

/**
 * Messages between the parties of a request, meeting or deal. Publishes `thread.message_posted` and
 * `thread.message_hidden`; the hall delivers them (asking `MessagesQueries`), mail may tell the absent.
 */
@Module({
  imports: [
    NotificationsModule,
    UploadsModule,
    RateLimitModule,
    ModerationModule,
    TypeOrmModule.forFeature(MESSAGES_ENTITIES),
  ],
  controllers: [ThreadsController, MessageReportsController],
  providers: [
    ThreadsService,
    ThreadAccessService,
    ThreadAttachmentsService,
    ThreadPartyGuard,
    ThreadUnread,
    MessageNotices,
    MessageReportsService,
    MessagesQueries,
    MessagesPrivacy,
    ThreadPartiesReadModel,
    ThreadInboxReadModel,
  ],
  exports: [MessagesQueries, MessagesPrivacy],
})
export class MessagesModule {}
