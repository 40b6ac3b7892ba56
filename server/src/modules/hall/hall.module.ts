import { Global, Module } from '@nestjs/common';
import { ChatModule } from '../chat/chat.module';
import { LeadsModule } from '../leads/leads.module';
import { BoothVisitsService } from './booth-visits.service';
import { HallAuthService } from './hall-auth.service';
import { HallBroadcaster } from './hall.broadcaster';
import { HallGateway } from './hall.gateway';
import { MovementService } from './movement.service';
import { RateLimiter } from './rate-limiter';

@Global()
@Module({
  imports: [LeadsModule, ChatModule],
  providers: [
    HallGateway,
    HallAuthService,
    HallBroadcaster,
    BoothVisitsService,
    MovementService,
    RateLimiter,
  ],
  exports: [HallBroadcaster],
})
export class HallModule {}
