import { NotificationsModule } from '../notifications/notifications.module';
import { EventsModule } from '../events/events.module';
import { Module } from '@nestjs/common';
import { DealsController } from './deals.controller';
import { DealsService } from './deals.service';

@Module({
  imports: [NotificationsModule, EventsModule],
  controllers: [DealsController],
  providers: [DealsService],
})
export class DealsModule {}
