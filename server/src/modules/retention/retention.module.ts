import { Module } from '@nestjs/common';
import { BoothsModule } from '../booths/booths.module';
import { ChatModule } from '../chat/chat.module';
import { EventsModule } from '../events/events.module';
import { LeadsModule } from '../leads/leads.module';
import { ScheduleModule } from '../schedule/schedule.module';
import { RetentionService } from './retention.service';

/** Personal data of ended fairs: chat, visits and leads anonymised after RETENTION_DAYS_AFTER_FAIR. */
@Module({
  imports: [EventsModule, BoothsModule, ChatModule, LeadsModule, ScheduleModule],
  providers: [RetentionService],
  exports: [RetentionService],
})
export class RetentionModule {}
