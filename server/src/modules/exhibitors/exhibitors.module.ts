import { EventsModule } from '../events/events.module';
import { Module } from '@nestjs/common';
import { BoothsModule } from '../booths/booths.module';
import { AdminExhibitorsController, ExhibitorsController } from './exhibitors.controller';
import { ExhibitorsService } from './exhibitors.service';

@Module({
  imports: [EventsModule, BoothsModule],
  controllers: [ExhibitorsController, AdminExhibitorsController],
  providers: [ExhibitorsService],
  exports: [ExhibitorsService],
})
export class ExhibitorsModule {}
