import { ScheduleModule } from '../schedule/schedule.module';
import { ModerationModule } from '../moderation/moderation.module';
import { Module } from '@nestjs/common';
import { ChatController } from './chat.controller';
import { ChatService } from './chat.service';

@Module({
  imports: [ScheduleModule, ModerationModule],
  controllers: [ChatController],
  providers: [ChatService],
  exports: [ChatService],
})
export class ChatModule {}
