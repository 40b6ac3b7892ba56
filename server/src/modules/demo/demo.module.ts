import { Module } from '@nestjs/common';
import { DemoCrowdService } from './demo-crowd.service';

@Module({ providers: [DemoCrowdService], exports: [DemoCrowdService] })
export class DemoModule {}
