import type { Caller } from '../../common/auth.decorators';

/**
 * The fair a scoped route acts in. The AuthGuard sets it on every route declaring `@InEvent` whose fair
 * exists (an unknown `?event=` is already 404), so its absence is a route missing its scope: a bug.
 */
export function fairOf(caller: Caller): string {
  if (!caller.eventId) throw new Error('This route acts in a fair but declares no @InEvent');
  return caller.eventId;
}
