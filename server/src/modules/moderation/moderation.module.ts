import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { MembershipsModule } from '../memberships';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';
import { SanctionEntity } from './sanction.entity';

@Module({
  imports: [AuthModule, UsersModule, MembershipsModule, TypeOrmModule.forFeature([SanctionEntity])],
  controllers: [ModerationController],
  providers: [ModerationService],
  exports: [ModerationService],
})
export class ModerationModule {}
