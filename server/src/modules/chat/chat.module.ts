import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModerationModule } from '../moderation/moderation.module';
import { ScheduleModule } from '../schedule/schedule.module';
import { ChatMessageEntity } from './chat-message.entity';
import { ChatController } from './chat.controller';
import { ChatService } from './chat.service';
import { ChatBoothReadModel } from './read-models/chat-booth.read-model';
import { RateLimitModule } from '../rate-limit';

@Module({
  imports: [ScheduleModule, ModerationModule, RateLimitModule, TypeOrmModule.forFeature([ChatMessageEntity])],
  controllers: [ChatController],
  providers: [ChatService, ChatBoothReadModel],
  exports: [ChatService],
})
export class ChatModule {}
