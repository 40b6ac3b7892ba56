import { Module } from '@nestjs/common';
import { AnnouncementsModule } from '../announcements/announcements.module';
import { AuthModule } from '../auth/auth.module';
import { ChatModule } from '../chat/chat.module';
import { EventsModule } from '../events/events.module';
import { LeadsModule } from '../leads/leads.module';
import { MembershipsModule } from '../memberships';
import { MessagesModule } from '../messages';
import { ModerationModule } from '../moderation/moderation.module';
import { PresenceModule } from '../presence/presence.module';
import { RateLimitModule } from '../rate-limit';
import { ScheduleModule } from '../schedule/schedule.module';
import { UsersModule } from '../users/users.module';
import { BoothVisitsService } from './booth-visits.service';
import { ConnectionCap } from './connection-cap';
import { HALL_DELIVERIES } from './deliveries';
import { HallAuthService } from './hall-auth.service';
import { HallPorts } from './hall-ports.service';
import { HallRights } from './hall-rights.service';
import { HallBroadcaster } from './hall.broadcaster';
import { HallDrain } from './hall-drain.service';
import { HallGateway } from './hall.gateway';
import { HallMetrics } from './hall.metrics';
import { AdapterLagProbe } from './adapter-lag-probe';
import { HallCommands, HallQueries } from './hall.ports';
import { MovementService } from './movement.service';
import { ResumeTokens } from './resume-token';
import { VisitorConsentReadModel } from './read-models/visitor-consent.read-model';
import { EventBoothsReadModel } from './read-models/event-booths.read-model';
import { HallDirectoryReadModel } from './read-models/hall-directory.read-model';
import { HandshakeGate } from './handshake-gate';
import { EventDirectory } from './state/event-directory';
import { FairRights } from './state/fair-rights';
import { HallSanctions } from './state/hall-sanctions';
import { HallStateRelay } from './state/hall-state.relay';
import { JoinSnapshots } from './state/join-snapshot';
import { StageSessionsReadModel } from './read-models/stage-sessions.read-model';
import { StageWatchService } from './stage-watch.service';

/**
 * The live hall: the only module that holds the Socket.IO namespace. Features publish domain events and
 * the hall delivers them (`deliveries.ts`); what others may ask or tell it is in its ports.
 */
@Module({
  imports: [
    AnnouncementsModule,
    AuthModule,
    ChatModule,
    EventsModule,
    LeadsModule,
    MembershipsModule,
    MessagesModule,
    ModerationModule,
    PresenceModule,
    RateLimitModule,
    ScheduleModule,
    UsersModule,
  ],
  providers: [
    HallGateway,
    HallAuthService,
    HallBroadcaster,
    HallPorts,
    { provide: HallQueries, useExisting: HallPorts },
    { provide: HallCommands, useExisting: HallPorts },
    BoothVisitsService,
    ConnectionCap,
    HallDrain,
    MovementService,
    HallMetrics,
    AdapterLagProbe,
    ResumeTokens,
    ...HALL_DELIVERIES,
    HallDirectoryReadModel,
    HandshakeGate,
    EventDirectory,
    FairRights,
    HallRights,
    HallSanctions,
    HallStateRelay,
    JoinSnapshots,
    EventBoothsReadModel,
    VisitorConsentReadModel,
    StageSessionsReadModel,
    StageWatchService,
  ],
  exports: [HallQueries, HallCommands, HallDrain],
})
export class HallModule {}
