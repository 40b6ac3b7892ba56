import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@pameran/contracts';
import type { Request } from 'express';
import { AuthException } from './auth.exception';
import { IdentityService } from './identity.service';
import { Caller, IS_PUBLIC, ROLES_KEY } from '../../common/auth.decorators';
import { CommonException, forbidden } from '../../common/common.exception';
import { EVENT_SCOPE, EventScopes, type EventScopeRule } from '../memberships';

/** 401 with the code `unauthorized`, so clients can tell it from a 401 a proxy made up. */
const unauthorized = (message: string) => new CommonException('unauthorized', message);

/**
 * Global guard: every route needs a valid access token at the account's current token version unless
 * @Public() (a public read with a refused token goes on as anonymous); @Roles() narrows it. The caller's
 * role and exhibitor are the account's current ones (`IdentityService`); on a route that names its fair
 * (`@InEvent`), they are the caller's memberships of that fair (docs/decisions/0025-many-fairs.md).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly identity: IdentityService,
    private readonly scopes: EventScopes,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<Request & { user?: Caller }>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()]);
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    if (token) {
      const verdict = await this.identity.authenticate(token);
      if (verdict.ok) req.user = verdict.caller;
      else if (!isPublic) throw refusal(verdict.code);
    }
    if (isPublic) return true;
    if (!req.user) throw unauthorized('Sign in or enter as a guest first');
    const scope = this.reflector.getAllAndOverride<EventScopeRule | undefined>(EVENT_SCOPE, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (scope) {
      const eventId = await this.scopes.resolve(scope, req as never);
      if (eventId) req.user = await this.scopes.callerIn(req.user, eventId);
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (roles && !roles.includes(req.user.role)) {
      throw forbidden(`This needs the ${roles.join(' or ')} role`);
    }
    return true;
  }
}

function refusal(code: 'unauthorized' | 'session_revoked'): Error {
  return code === 'session_revoked'
    ? new AuthException('session_revoked', 'Your access changed; refresh your session or sign in again')
    : unauthorized('Your session has expired or the token is invalid');
}
