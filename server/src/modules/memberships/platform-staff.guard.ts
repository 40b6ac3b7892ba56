import { applyDecorators, CanActivate, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import type { Caller } from '../../common/auth.decorators';
import { forbidden } from '../../common/common.exception';
import { MembershipService } from './memberships.service';

/**
 * Platform-level reads that belong to no fair (a node's gauges, the API's description): a platform admin
 * or an organiser of any fair may have them. The account's own `organiser` role grants nothing by itself
 * (docs/decisions/0025-many-fairs.md), so the memberships decide. Runs after the global AuthGuard.
 */
@Injectable()
export class PlatformStaffGuard implements CanActivate {
  constructor(private readonly memberships: MembershipService) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const caller = ctx.switchToHttp().getRequest<{ user?: Caller }>().user;
    if (caller?.role === 'platform_admin') return true;
    if (caller && (await this.memberships.of(caller.sub)).some((m) => m.role === 'organiser')) return true;
    throw forbidden('This needs a platform admin or an organiser of a fair');
  }
}

/** Only a platform admin or an organiser of some fair (see `PlatformStaffGuard`). */
export const PlatformStaff = () => applyDecorators(UseGuards(PlatformStaffGuard));
