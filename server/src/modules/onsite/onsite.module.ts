import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { UsersModule } from '../users/users.module';
import { BadgeTokens } from './badge-tokens';
import { BadgesService } from './badges.service';
import { OnsiteController } from './onsite.controller';
import { QrSheetsService } from './qr-sheets.service';
import { QrSheetsReadModel } from './read-models/qr-sheets.read-model';

/**
 * On site, by QR (docs/decisions/0021-on-site-qr.md): visitors' signed badges, the organiser's printable
 * sheets of booth and table codes. The back office records a scanned badge as a lead through BadgesService.
 */
@Module({
  imports: [EventsModule, UsersModule],
  controllers: [OnsiteController],
  providers: [BadgeTokens, BadgesService, QrSheetsService, QrSheetsReadModel],
  exports: [BadgesService],
})
export class OnsiteModule {}
