/** Rate limits for any module: import RateLimitModule, inject RateLimiter or put `@RateLimited(name)` on a route. */
export { RateLimitModule } from './rate-limit.module';
export { RateLimiter, type RateDecision } from './rate-limiter';
export { RateLimited, RateLimitGuard } from './rate-limit.guard';
export type { LimitName } from './limits';
