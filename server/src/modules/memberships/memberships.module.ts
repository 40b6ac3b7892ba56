import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventScopeReadModel } from './event-scope.read-model';
import { EventScopes } from './event-scopes.service';
import { MembershipEntity } from './membership.entity';
import { MembershipService } from './memberships.service';
import { PlatformStaffGuard } from './platform-staff.guard';

/** Who may do what in which fair (docs/decisions/0025-many-fairs.md). */
@Module({
  imports: [TypeOrmModule.forFeature([MembershipEntity])],
  providers: [MembershipService, EventScopeReadModel, EventScopes, PlatformStaffGuard],
  exports: [MembershipService, EventScopes, PlatformStaffGuard],
})
export class MembershipsModule {}
