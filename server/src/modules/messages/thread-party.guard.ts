import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  ParseUUIDPipe,
  UnauthorizedException,
} from '@nestjs/common';
import type { Request } from 'express';
import type { Caller } from '../../common/auth.decorators';
import { type ThreadAccess, ThreadAccessService } from './thread-access.service';

type ThreadRequest = Request & { user?: Caller; threadAccess?: ThreadAccess };

/**
 * Lets through only a party of the thread named by `:threadId`. A guard rather than a check in the handler
 * because a file body is read by an interceptor, which runs after guards: a non-party's upload is refused
 * before its bytes are buffered (see `FileBody`).
 */
@Injectable()
export class ThreadPartyGuard implements CanActivate {
  private readonly uuid = new ParseUUIDPipe();

  constructor(private readonly access: ThreadAccessService) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<ThreadRequest>();
    const caller = req.user;
    if (!caller) throw new UnauthorizedException('Sign in first');
    const param = req.params.threadId;
    const id = await this.uuid.transform(typeof param === 'string' ? param : '', {
      type: 'param',
      data: 'threadId',
    });
    req.threadAccess = await this.access.thread(caller, id);
    return true;
  }
}

/** The thread `ThreadPartyGuard` let the caller into. */
export const PartyThread = createParamDecorator((_: unknown, ctx: ExecutionContext): ThreadAccess => {
  const access = ctx.switchToHttp().getRequest<ThreadRequest>().threadAccess;
  if (!access) throw new Error('@PartyThread() needs ThreadPartyGuard on the route');
  return access;
});
