import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExhibitorEntity } from './exhibitor.entity';
import { ExhibitorsService } from './exhibitors.service';
import { ExhibitorBoothsReadModel } from './read-models/exhibitor-booths.read-model';

/**
 * The exhibitors' records. Their routes live with the screens that use them: the application in the back
 * office, the audition in the organiser's console (approving places a booth, which the booths module owns).
 */
@Module({
  imports: [TypeOrmModule.forFeature([ExhibitorEntity])],
  providers: [ExhibitorsService, ExhibitorBoothsReadModel],
  exports: [ExhibitorsService],
})
export class ExhibitorsModule {}
