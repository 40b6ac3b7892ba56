import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { PresenceModule } from '../presence/presence.module';
import { BoothEntity } from './booth.entity';
import { BoothsController } from './booths.controller';
import { BoothListCache } from './booth-list.cache';
import { BoothsService } from './booths.service';
import { BoothDirectoryReadModel } from './read-models/booth-directory.read-model';

@Module({
  imports: [TypeOrmModule.forFeature([BoothEntity]), PresenceModule, EventsModule],
  controllers: [BoothsController],
  providers: [BoothsService, BoothListCache, BoothDirectoryReadModel],
  exports: [BoothsService],
})
export class BoothsModule {}
