import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@pameran/contracts';
import type { Request } from 'express';
import { UsersService } from '../users/users.service';
import { TokenService } from './token.service';
import { Caller, IS_PUBLIC, ROLES_KEY } from '../../common/auth.decorators';

/** Global guard: every route needs a valid access token unless @Public(); @Roles() narrows it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<Request & { user?: Caller }>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()]);
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    if (token) {
      // An erased account's tokens stay signed until they expire; its tombstone is not an active account.
      const verified = this.tokens.verifyAccess(token);
      const claims = verified && (await this.users.isActive(verified.sub)) ? verified : null;
      if (!claims && !isPublic)
        throw new UnauthorizedException('Your session has expired or the token is invalid');
      if (claims) req.user = claims;
    }
    if (isPublic) return true;
    if (!req.user) throw new UnauthorizedException('Sign in or enter as a guest first');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (roles && !roles.includes(req.user.role)) {
      throw new ForbiddenException(`This needs the ${roles.join(' or ')} role`);
    }
    return true;
  }
}
