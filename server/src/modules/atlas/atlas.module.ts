import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { UploadsModule } from '../uploads/uploads.module';
import { AtlasPageEntity } from './atlas-page.entity';
import { AtlasController } from './atlas.controller';
import { RedrawAtlasOnBoothChange } from './atlas.listeners';
import { AtlasService } from './atlas.service';
import { AtlasSourcesReadModel } from './read-models/atlas-sources.read-model';

/** Booth pictures packed into texture atlas pages per zone for the 3D hall (docs/decisions/0018). */
@Module({
  imports: [TypeOrmModule.forFeature([AtlasPageEntity]), EventsModule, UploadsModule],
  controllers: [AtlasController],
  providers: [AtlasService, AtlasSourcesReadModel, RedrawAtlasOnBoothChange],
})
export class AtlasModule {}
