import type { Caller } from '../../common/auth.decorators';
import { forbidden, notFound } from '../../common/common.exception';

export type Side = 'buyer' | 'exhibitor' | 'organiser';

/** Which side of a meeting (request) the caller is on, if any. */
export function sideOf(caller: Caller, thing: { exhibitorId: string; buyerIds: string[] }): Side | null {
  if (thing.buyerIds.includes(caller.sub)) return 'buyer';
  if (caller.exhibitorId && caller.exhibitorId === thing.exhibitorId) return 'exhibitor';
  if (caller.role === 'organiser') return 'organiser';
  return null;
}

/** The caller's side, or 404 (others must not even learn that the thing exists). */
export function requireSide(
  caller: Caller,
  thing: { exhibitorId: string; buyerIds: string[] },
  what: string,
): Side {
  const side = sideOf(caller, thing);
  if (!side) throw notFound(what);
  return side;
}

/** The exhibitor the caller acts for, or 403. */
export function callerExhibitor(caller: Caller): string {
  if (!caller.exhibitorId) throw forbidden('Only an exhibitor’s own staff can do this');
  return caller.exhibitorId;
}
