import { Module } from '@nestjs/common';
import { AuditionModule } from '../audition/audition.module';
import { BoothsModule } from '../booths/booths.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { EventsModule } from '../events/events.module';
import { ExhibitorsModule } from '../exhibitors/exhibitors.module';
import { HallModule } from '../hall';
import { PresenceModule } from '../presence/presence.module';
import { AuditionController } from './audition.controller';
import { AuditionService } from './audition.service';
import { AuditController, ConsoleController } from './console.controller';
import { DashboardLive } from './dashboard.live';
import { DashboardService } from './dashboard.service';
import { ExhibitorImportService } from './exhibitor-import.service';
import { ModerationFeedService } from './moderation-feed.service';
import { MyReportService } from './my-report.service';
import { OnlineCounter } from './online-counter';
import { AuditLogReadModel } from './read-models/audit-log.read-model';
import { DashboardReadModel } from './read-models/dashboard.read-model';
import { ModerationFeedReadModel } from './read-models/moderation-feed.read-model';
import { ReportsReadModel } from './read-models/reports.read-model';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { RateLimitModule } from '../rate-limit';

/**
 * The organiser's console: live dashboard (HTTP and pushed), moderation feed, audit viewer, reports, the
 * audition of applications and the exhibitor import. Its cross-module screens read through read models.
 */
@Module({
  imports: [
    AuditionModule,
    BoothsModule,
    CatalogueModule,
    EventsModule,
    ExhibitorsModule,
    HallModule,
    PresenceModule,
    RateLimitModule,
  ],
  controllers: [ConsoleController, AuditController, ReportsController, AuditionController],
  providers: [
    DashboardService,
    DashboardLive,
    OnlineCounter,
    AuditionService,
    ReportsService,
    MyReportService,
    ExhibitorImportService,
    ModerationFeedService,
    DashboardReadModel,
    ReportsReadModel,
    ModerationFeedReadModel,
    AuditLogReadModel,
  ],
})
export class ConsoleModule {}
