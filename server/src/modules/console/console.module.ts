import { PresenceModule } from '../presence/presence.module';
import { HallModule } from '../hall';
import { EventsModule } from '../events/events.module';
import { Module } from '@nestjs/common';
import { BoothsModule } from '../booths/booths.module';
import { ExhibitorsModule } from '../exhibitors/exhibitors.module';
import { AuditViewerService } from './audit-viewer.service';
import { AuditController, ConsoleController } from './console.controller';
import { DashboardLive } from './dashboard.live';
import { DashboardService } from './dashboard.service';
import { ExhibitorImportService } from './exhibitor-import.service';
import { ModerationFeedService } from './moderation-feed.service';
import { MyReportService } from './my-report.service';
import { OnlineCounter } from './online-counter';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** The organiser's console: live dashboard (HTTP and pushed), moderation feed, audit viewer, reports, import. */
@Module({
  imports: [BoothsModule, EventsModule, ExhibitorsModule, HallModule, PresenceModule],
  controllers: [ConsoleController, AuditController, ReportsController],
  providers: [
    DashboardService,
    DashboardLive,
    OnlineCounter,
    ModerationFeedService,
    AuditViewerService,
    ReportsService,
    MyReportService,
    ExhibitorImportService,
  ],
})
export class ConsoleModule {}
