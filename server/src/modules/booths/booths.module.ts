import { PresenceModule } from '../presence/presence.module';
import { EventsModule } from '../events/events.module';
import { Module } from '@nestjs/common';
import { BoothsController } from './booths.controller';
import { BoothsService } from './booths.service';

@Module({
  imports: [PresenceModule, EventsModule],
  controllers: [BoothsController],
  providers: [BoothsService],
  exports: [BoothsService],
})
export class BoothsModule {}
