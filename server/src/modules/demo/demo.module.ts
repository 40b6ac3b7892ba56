import { AuthModule } from '../auth/auth.module';
import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { DemoCrowdService } from './demo-crowd.service';
import { BoothSpotsReadModel } from './read-models/booth-spots.read-model';

@Module({
  imports: [AuthModule, UsersModule],
  providers: [DemoCrowdService, BoothSpotsReadModel],
  exports: [DemoCrowdService],
})
export class DemoModule {}
