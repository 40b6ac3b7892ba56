import { EventsModule } from '../events/events.module';
import { Module } from '@nestjs/common';
import { AdminEventController } from './announcements.controller';
import { AnnouncementsService } from './announcements.service';

@Module({
  imports: [EventsModule],
  controllers: [AdminEventController],
  providers: [AnnouncementsService],
  exports: [AnnouncementsService],
})
export class AnnouncementsModule {}
