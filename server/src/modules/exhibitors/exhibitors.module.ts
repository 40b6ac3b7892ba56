import { Module } from '@nestjs/common';
import { BoothsModule } from '../booths/booths.module';
import { AdminExhibitorsController, ExhibitorsController } from './exhibitors.controller';
import { ExhibitorsService } from './exhibitors.service';

@Module({
  imports: [BoothsModule],
  controllers: [ExhibitorsController, AdminExhibitorsController],
  providers: [ExhibitorsService],
  exports: [ExhibitorsService],
})
export class ExhibitorsModule {}
