import { AuthModule } from '../auth/auth.module';
import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module';
import { UsersModule } from '../users/users.module';
import { DemoCrowdService } from './demo-crowd.service';
import { DemoMatchmaking } from './demo-matchmaking.service';
import { BoothSpotsReadModel } from './read-models/booth-spots.read-model';
import { DemoCastReadModel } from './read-models/demo-cast.read-model';

@Module({
  imports: [AuthModule, UsersModule, MatchingModule],
  providers: [DemoCrowdService, BoothSpotsReadModel, DemoMatchmaking, DemoCastReadModel],
  exports: [DemoCrowdService, DemoMatchmaking],
})
export class DemoModule {}
