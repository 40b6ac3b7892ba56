import { Module } from '@nestjs/common';
import { HallModule } from '../hall';
import { LeadsModule } from '../leads/leads.module';
import { RateLimitModule } from '../rate-limit';
import { VideoModule } from '../video/video.module';
import { TalkPeopleReadModel } from './talk-people.read-model';
import { TalkController } from './talk.controller';
import { TalkService } from './talk.service';
import { TalkStore } from './talk.store';

/** Talk now at the booth: knocks, a queue and LiveKit calls between a booth's staff and its visitors. */
@Module({
  imports: [HallModule, LeadsModule, RateLimitModule, VideoModule],
  controllers: [TalkController],
  providers: [TalkService, TalkStore, TalkPeopleReadModel],
})
export class TalkModule {}
