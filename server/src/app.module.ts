import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { LoggerModule } from 'nestjs-pino';
import { AuthGuard } from './modules/auth/auth.guard';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { loggerOptions } from './common/logger';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DomainModule } from './domain';
import { ApiDocsModule } from './modules/api-docs/api-docs.module';
import { AtlasModule } from './modules/atlas/atlas.module';
import { AnnouncementsModule } from './modules/announcements/announcements.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuditionModule } from './modules/audition/audition.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { AuthModule } from './modules/auth/auth.module';
import { BackofficeModule } from './modules/backoffice/backoffice.module';
import { OnsiteModule } from './modules/onsite/onsite.module';
import { BoothsModule } from './modules/booths/booths.module';
import { CatalogueModule } from './modules/catalogue/catalogue.module';
import { ConsoleModule } from './modules/console/console.module';
import { DealsModule } from './modules/deals/deals.module';
import { DemoModule } from './modules/demo/demo.module';
import { EventsModule } from './modules/events/events.module';
import { ExhibitorsModule } from './modules/exhibitors/exhibitors.module';
import { HallModule } from './modules/hall';
import { HealthModule } from './modules/health/health.module';
import { MailModule } from './modules/mail';
import { MailingModule } from './modules/mailing/mailing.module';
import { LeadsModule } from './modules/leads/leads.module';
import { MatchingModule } from './modules/matching/matching.module';
import { MetricsModule } from './modules/metrics';
import { MessagesModule } from './modules/messages';
import { MediaModule } from './modules/media/media.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OutcomesModule } from './modules/outcomes/outcomes.module';
import { PresenceModule } from './modules/presence/presence.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { RedisModule } from './modules/redis/redis.module';
import { RetentionModule } from './modules/retention/retention.module';
import { ScheduleModule } from './modules/schedule/schedule.module';
import { VideoModule } from './modules/video/video.module';
import { TalkModule } from './modules/talk/talk.module';
import { StageModule } from './modules/stage/stage.module';
import { UsersModule } from './modules/users/users.module';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerOptions }),
    DatabaseModule,
    DomainModule,
    RedisModule,
    MetricsModule,
    AuditModule,
    MailModule,
    MailingModule,
    PresenceModule,
    EventsModule,
    AuthModule,
    UsersModule,
    ExhibitorsModule,
    BoothsModule,
    CatalogueModule,
    LeadsModule,
    MediaModule,
    AtlasModule,
    HallModule,
    ModerationModule,
    AnnouncementsModule,
    NotificationsModule,
    MatchingModule,
    MessagesModule,
    DealsModule,
    OutcomesModule,
    RetentionModule,
    PrivacyModule,
    VideoModule,
    TalkModule,
    StageModule,
    ScheduleModule,
    BackofficeModule,
    OnsiteModule,
    DemoModule,
    ConsoleModule,
    AuditionModule,
    HealthModule,
    ApiDocsModule,
  ],
  providers: [
    { provide: APP_PIPE, useClass: ZodValidationPipe },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: HttpExceptionFilter },
  ],
})
export class AppModule {}
