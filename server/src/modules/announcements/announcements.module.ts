import { Global, Module } from '@nestjs/common';
import { AdminEventController } from './announcements.controller';
import { AnnouncementsService } from './announcements.service';

@Global()
@Module({
  controllers: [AdminEventController],
  providers: [AnnouncementsService],
  exports: [AnnouncementsService],
})
export class AnnouncementsModule {}
