import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ChatModule } from '../chat/chat.module';
import { DealsModule } from '../deals/deals.module';
import { LeadsModule } from '../leads/leads.module';
import { MembershipsModule } from '../memberships';
import { MessagesModule } from '../messages';
import { MatchingModule } from '../matching/matching.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { UsersModule } from '../users/users.module';
import { PrivacyController } from './privacy.controller';
import { PrivacyService } from './privacy.service';

/** A person's data export and account erasure, across every module that holds something about them. */
@Module({
  imports: [
    UsersModule,
    AuthModule,
    ChatModule,
    LeadsModule,
    NotificationsModule,
    MatchingModule,
    DealsModule,
    OutcomesModule,
    MessagesModule,
    MembershipsModule,
  ],
  controllers: [PrivacyController],
  providers: [PrivacyService],
})
export class PrivacyModule {}
