import { Module } from '@nestjs/common';
import { LeadsController } from './leads.controller';
import { LeadsService } from './leads.service';
import { VisitRecorder } from './visit-recorder';

@Module({
  controllers: [LeadsController],
  providers: [LeadsService, VisitRecorder],
  exports: [VisitRecorder, LeadsService],
})
export class LeadsModule {}
