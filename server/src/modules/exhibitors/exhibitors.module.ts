import { Module } from '@nestjs/common';
import { AdminExhibitorsController, ExhibitorsController } from './exhibitors.controller';
import { ExhibitorsService } from './exhibitors.service';

@Module({ controllers: [ExhibitorsController, AdminExhibitorsController], providers: [ExhibitorsService] })
export class ExhibitorsModule {}
