import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import type { Caller } from '../../common/auth.decorators';
import { RateLimitedException } from '../../common/common.exception';
import { AppConfig } from '../../config/app-config';
import { routeLimits, type LimitName, type LimitRule } from './limits';
import { RateLimiter } from './rate-limiter';

const LIMIT_KEY = 'rateLimit';

/**
 * Counts the request against the route's limits (`limits.ts`) before anything else runs for it (guards
 * come before interceptors, so an upload is refused before its body is buffered). Refused: 429 with code
 * `rate_limited` and `Retry-After`. Needs `RateLimitModule` in the controller's module.
 */
export const RateLimited = (name: LimitName) =>
  applyDecorators(
    SetMetadata(LIMIT_KEY, name),
    UseGuards(RateLimitGuard),
    ApiTooManyRequestsResponse({ description: `Limit "${name}" reached (code rate_limited, Retry-After)` }),
  );

@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limits: ReturnType<typeof routeLimits>;

  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    config: AppConfig,
  ) {
    this.limits = routeLimits(config);
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const name = this.reflector.get<LimitName | undefined>(LIMIT_KEY, ctx.getHandler());
    if (!name) return true;
    const req = ctx.switchToHttp().getRequest<Request & { user?: Caller }>();
    const counted = this.limits[name].flatMap((rule) => {
      const subject = subjectOf(rule, req);
      return subject === null ? [] : [{ rule, key: `${name}:${rule.by}:${subject}` }];
    });
    // Every applicable rule counts the attempt (a refused one too: a flood keeps its window full).
    const decisions = await Promise.all(
      counted.map(({ rule, key }) => this.limiter.consume(key, rule.limit, rule.windowSeconds * 1000)),
    );
    const refused = decisions.filter((d) => !d.allowed);
    if (refused.length) throw new RateLimitedException(Math.max(...refused.map((d) => d.retryAfterMs)));
    return true;
  }
}

/** What the rule counts for this request; null when the request has none (a guest search has no e-mail). */
function subjectOf(rule: LimitRule, req: Request & { user?: Caller }): string | null {
  switch (rule.by) {
    case 'address':
      return req.ip ?? null;
    case 'account':
      return req.user?.sub ?? null;
    case 'email': {
      const email: unknown = (req.body as { email?: unknown } | undefined)?.email;
      if (typeof email !== 'string' || !email.trim()) return null;
      // Hashed: the shared store holds no e-mail addresses.
      return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 22);
    }
  }
}
