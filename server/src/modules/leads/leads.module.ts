import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LeadEntity } from './lead.entity';
import { LeadsController } from './leads.controller';
import { LeadsService } from './leads.service';
import { WhatsappTargetReadModel } from './read-models/whatsapp-target.read-model';
import { VisitRecorder } from './visit-recorder';
import { RateLimitModule } from '../rate-limit';

@Module({
  imports: [TypeOrmModule.forFeature([LeadEntity]), RateLimitModule],
  controllers: [LeadsController],
  providers: [LeadsService, VisitRecorder, WhatsappTargetReadModel],
  exports: [VisitRecorder, LeadsService],
})
export class LeadsModule {}
