import type { AccessClaims, ClientToServerEvents, ServerToClientEvents } from '@pameran/contracts';
import type { Namespace, Socket } from 'socket.io';

/** What the handshake established about a connection. */
export interface HallSocketData {
  user: AccessClaims;
  eventId: string;
  slug: string;
  company?: string;
  /** The booth this user staffs, if any. */
  staffBoothId: string | null;
  address: string;
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
  booth: (boothId: string) => `booth:${boothId}`,
  staff: (boothId: string) => `staff:${boothId}`,
  role: (eventId: string, role: string) => `role:${eventId}:${role}`,
};
