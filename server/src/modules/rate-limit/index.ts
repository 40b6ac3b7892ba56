/** Rate limits for any module: import RateLimitModule, inject RateLimiter. */
export { RateLimitModule } from './rate-limit.module';
export { RateLimiter, type RateDecision } from './rate-limiter';
