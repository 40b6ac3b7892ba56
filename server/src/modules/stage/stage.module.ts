import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { ModerationModule } from '../moderation/moderation.module';
import { RateLimitModule } from '../rate-limit';
import { StageAccessReadModel } from './read-models/stage-access.read-model';
import { StageAccess } from './stage-access.service';
import { StageBoards } from './stage-boards.service';
import { StagePolls } from './stage-polls.service';
import { StageQuestions } from './stage-questions.service';
import { StageController } from './stage.controller';
import { STAGE_ENTITIES } from './stage.entities';

/**
 * A stage session's audience questions (moderated) and polls. It publishes `stage.*` domain events; the
 * hall delivers them to the sockets watching the stage (docs/decisions/0020-stage-questions-polls-capacity.md).
 */
@Module({
  imports: [TypeOrmModule.forFeature(STAGE_ENTITIES), EventsModule, ModerationModule, RateLimitModule],
  controllers: [StageController],
  providers: [StageAccessReadModel, StageAccess, StageQuestions, StagePolls, StageBoards],
})
export class StageModule {}
