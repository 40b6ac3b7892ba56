import type { ClientToServerEvents, Role, ServerToClientEvents } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import type { Namespace, Socket } from 'socket.io';
import type { Resume } from './resume-token';

/**
 * The person as they are in the hall's fair: `role` and `exhibitorId` come from their memberships of it
 * (docs/decisions/0030-hall-rights-per-fair.md), never from the token or the account.
 */
export type HallCaller = Caller & { exhibitorId: string | null; eventId: string };

/** What the handshake established about a connection. */
export interface HallSocketData {
  user: HallCaller;
  /** The account's own role (what it is in a fair where it holds no membership: `baseRole`). */
  accountRole: Role;
  eventId: string;
  slug: string;
  company?: string;
  /** The booth this user staffs in this fair, if any. */
  staffBoothId: string | null;
  /** The client's address by the trusted-proxy rule (common/client-address.ts). */
  address: string;
  /** The signed device id the client sent (null when none or not ours); a guest's ban holds it too. */
  deviceId: string | null;
  /** The visit a draining node handed over (a valid resume token); used by the first enter of that booth. */
  resume?: Resume;
}

export type HallSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  HallSocketData
>;
export type HallNamespace = Namespace<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  HallSocketData
>;

/** Room names; every broadcast goes to one of these. */
export const rooms = {
  event: (eventId: string) => `event:${eventId}`,
  user: (userId: string) => `user:${userId}`,
  /** One person's sockets in one fair (what holds in that fair only, e.g. a mute). */
  userIn: (eventId: string, userId: string) => `user:${userId}:${eventId}`,
  booth: (boothId: string) => `booth:${boothId}`,
  staff: (boothId: string) => `staff:${boothId}`,
  role: (eventId: string, role: string) => `role:${eventId}:${role}`,
  /** Sockets watching a stage session (`stage:watch`). */
  stage: (sessionId: string) => `stage:${sessionId}`,
};
