import { AuthModule } from '../auth/auth.module';
import { Module } from '@nestjs/common';
import { DemoCrowdService } from './demo-crowd.service';

@Module({
  imports: [AuthModule],
  providers: [DemoCrowdService],
  exports: [DemoCrowdService],
})
export class DemoModule {}
