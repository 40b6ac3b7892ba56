import { Module } from '@nestjs/common';
import { RateLimitGuard } from './rate-limit.guard';
import { RateLimiter } from './rate-limiter';

/**
 * Rate limits any module may use: import this module and inject `RateLimiter`. It depends on nothing but
 * the (global) Redis clients and configuration, so importing it never creates a cycle.
 */
@Module({ providers: [RateLimiter, RateLimitGuard], exports: [RateLimiter, RateLimitGuard] })
export class RateLimitModule {}
