import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AccessClaims, Role } from '@pameran/contracts';

export const IS_PUBLIC = 'isPublic';
export const ROLES_KEY = 'roles';

/** The route needs no token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route (any signed-in user when absent). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * The authenticated caller: who the access token names, with the account's current role and guest flag
 * (`IdentityService` decides them; the token's version has already been checked).
 */
export type Caller = Omit<AccessClaims, 'ver'> & {
  /** The fair the route acts in, when it declares one (`@InEvent`): role and exhibitor are then the caller's there. */
  eventId?: string;
  /**
   * The exhibitor whose staff the caller is in `eventId`'s fair (their membership there), set only with it by
   * `EventScopes.callerIn`; a person is staff of one exhibitor per fair, so a route that names no fair has
   * none (docs/decisions/0032-no-exhibitor-mirror.md).
   */
  exhibitorId?: string | null;
};
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller | undefined => {
  return ctx.switchToHttp().getRequest<{ user?: Caller }>().user;
});
