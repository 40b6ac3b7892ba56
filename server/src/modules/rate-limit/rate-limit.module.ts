import { Module } from '@nestjs/common';
import { RateLimiter } from './rate-limiter';

/**
 * Rate limits any module may use: import this module and inject `RateLimiter`. It depends on nothing but
 * the (global) Redis clients, so importing it never creates a cycle.
 */
@Module({ providers: [RateLimiter], exports: [RateLimiter] })
export class RateLimitModule {}
