export { MembershipsModule } from './memberships.module';
export { MembershipService, NO_RIGHTS, type Rights } from './memberships.service';
export { EventScopes, baseRole, roleIn } from './event-scopes.service';
export {
  InEvent,
  EVENT_SCOPE,
  SCOPED_RESOURCES,
  type EventScopeRule,
  type ScopedResource,
} from './event-scope';
export { MembershipEntity } from './membership.entity';
export { PlatformStaff, PlatformStaffGuard } from './platform-staff.guard';
export { fairOf } from './fair-of';
export { inFairReach } from './fair-reach';
