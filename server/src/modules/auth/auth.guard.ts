import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@pameran/contracts';
import type { Request } from 'express';
import { TokenService } from './token.service';
import { Caller, IS_PUBLIC, ROLES_KEY } from '../../common/auth.decorators';
import { CommonException, forbidden } from '../../common/common.exception';

/** 401 with the code `unauthorized`, so clients can tell it from a 401 a proxy made up. */
const unauthorized = (message: string) => new CommonException('unauthorized', message);

/** Global guard: every route needs a valid access token unless @Public(); @Roles() narrows it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest<Request & { user?: Caller }>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()]);
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    if (token) {
      const claims = this.tokens.verifyAccess(token);
      if (!claims && !isPublic)
        throw unauthorized('Your session has expired or the token is invalid');
      if (claims) req.user = claims;
    }
    if (isPublic) return true;
    if (!req.user) throw unauthorized('Sign in or enter as a guest first');
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
