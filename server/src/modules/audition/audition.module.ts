import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { EventsModule } from '../events/events.module';
import { ExhibitorsModule } from '../exhibitors/exhibitors.module';
import { MembershipsModule } from '../memberships';
import { AUDITION_ENTITIES } from './audition.entities';
import { AuditionStagesController } from './audition-stages.controller';
import { AuditionStages } from './audition-stages.service';
import { CopyClonedStages } from './copy-cloned-stages.listener';
import { AuditionReadModel } from './read-models/audition.read-model';
import { ReturningController } from './returning.controller';
import { ReturningService } from './returning.service';

/**
 * The audition's stages with the organisers' notes, and returning pesantren (docs/decisions/0028-audition-
 * stages.md). The organisers' routes live in the console (its audition screen), the applicant's here.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(AUDITION_ENTITIES),
    CatalogueModule,
    EventsModule,
    ExhibitorsModule,
    MembershipsModule,
  ],
  controllers: [ReturningController, AuditionStagesController],
  providers: [AuditionStages, ReturningService, AuditionReadModel, CopyClonedStages],
  exports: [AuditionStages, ReturningService],
})
export class AuditionModule {}
