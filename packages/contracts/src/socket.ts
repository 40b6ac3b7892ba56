import { z } from 'zod';
import type { AtlasPage } from './atlas';
import type { Dashboard } from './console';
import type { Notification } from './deals';
import type { MeetingStateEvent } from './matching';
import type { ThreadMessageEvent, ThreadMessageHidden } from './messages';
import { RevocationReason } from './auth';
import { Role } from './domain';
import { ScheduleSession } from './fair';

/** Socket.IO namespace of the live hall. */
export const HALL_NAMESPACE = '/hall';

export const HandshakeAuth = z.object({
  token: z.string().min(1),
  event: z.string().min(1).max(64),
  /** The signed device id from a guest entry (`AuthResponse.device`); an unsigned or altered one is ignored. */
  device: z.string().max(200).optional(),
  /** The resume token of `server:draining`: the node that closed us hands our booth visit to the next. */
  resume: z.string().max(600).optional(),
});
export type HandshakeAuth = z.infer<typeof HandshakeAuth>;

// ---- client → server payloads
export const BoothEnter = z.strictObject({ boothId: z.uuid() });
export type BoothEnter = z.infer<typeof BoothEnter>;
export const BoothLeave = z.strictObject({});
export const ChatSend = z.strictObject({
  boothId: z.uuid(),
  text: z.string().trim().min(1).max(1000),
  clientMsgId: z.string().min(8).max(64),
});
export type ChatSend = z.infer<typeof ChatSend>;
export const Move = z.strictObject({
  x: z.number().finite(),
  z: z.number().finite(),
  ry: z.number().finite(),
});
export type Move = z.infer<typeof Move>;

export interface AckError {
  /** An `ErrorCode` from the server; the client adds its own `offline` and `timeout` (lib/socket.ts). */
  code: string;
  message: string;
  path?: string;
}
export interface AckFailure {
  ok: false;
  error: AckError;
}
export type Ack<T extends object = object> = ({ ok: true } & T) | AckFailure;

// ---- server → client payloads
export const ModerationState = z.object({
  state: z.enum(['ok', 'muted', 'banned']),
  until: z.iso.datetime().optional(),
});
export type ModerationState = z.infer<typeof ModerationState>;

export const HallSnapshot = z.object({
  sessions: z.array(ScheduleSession),
  hallOpen: z.boolean(),
  occupancy: z.record(z.string(), z.number().int()),
  moderation: ModerationState,
});
export type HallSnapshot = z.infer<typeof HallSnapshot>;

export const Occupancy = z.object({ changes: z.record(z.string(), z.number().int()) });
export type Occupancy = z.infer<typeof Occupancy>;

export const PeerState = z.object({ id: z.string(), x: z.number(), z: z.number(), ry: z.number() });
/**
 * Movement around you, at most one message per ~50 ms window, sent only after your first `move`.
 * Capped interest: you are told about at most ~48 peers — the nearest ones within your 24 m cell and the
 * 8 around it (rechecked about twice a second); others in a crowd are not sent. Per connection the deltas
 * are consistent: a peer always arrives in `enter` (with its name) before any `update`, `update` only
 * names peers you were told about, and it leaves in `leave` when it walks out of range, drops out of your
 * nearest set, or disconnects (it may `enter` again later). Apply in order enter, update, leave; an id
 * is never in both `enter` and `leave` of one message. Messages with only `update` are volatile (may be
 * dropped under back-pressure; the next carries newer positions); those with enter/leave are not.
 */
export const Peers = z.object({
  enter: z.array(PeerState.extend({ name: z.string() })),
  update: z.array(PeerState),
  leave: z.array(z.string()),
});
export type Peers = z.infer<typeof Peers>;

export const BoothVisitors = z.object({
  boothId: z.uuid(),
  visitors: z.array(
    z.object({ id: z.string(), name: z.string(), role: Role, company: z.string().optional() }),
  ),
});
export type BoothVisitors = z.infer<typeof BoothVisitors>;

export const ChatMessage = z.object({
  id: z.string(),
  boothId: z.uuid(),
  userId: z.string(),
  authorName: z.string(),
  authorRole: Role,
  /** True when the author is staff of this booth. */
  fromStaff: z.boolean(),
  text: z.string(),
  createdAt: z.iso.datetime(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

/**
 * Sent to every socket of a person just before the server closes them, because their access changed (a
 * ban, a removal from a booth's staff, a role change, a password reset, "sign out everywhere"). The client
 * says so and refreshes its token; when the refresh is refused it asks to sign in again.
 */
export const SessionRevoked = z.object({ reason: RevocationReason });
export type SessionRevoked = z.infer<typeof SessionRevoked>;
export const ChatDeleted = z.object({ boothId: z.uuid(), id: z.string() });
export const Announcement = z.object({
  id: z.string(),
  text: z.string(),
  audience: z.enum(['everyone', 'exhibitors', 'buyers']),
});
export type Announcement = z.infer<typeof Announcement>;
export const ScheduleStateEvent = z.object({ hallOpen: z.boolean(), sessions: z.array(ScheduleSession) });
export type ScheduleStateEvent = z.infer<typeof ScheduleStateEvent>;

/**
 * Sent by a node that is shutting down (a deploy): reconnect in `reconnectInMs` (spread so that the crowd
 * does not arrive at the other nodes at once), carrying `resume` in the next handshake so that the visit
 * at the booth goes on rather than starting a new one (docs/decisions/0017-workers-and-drain.md).
 */
export const ServerDraining = z.object({
  reconnectInMs: z.number().int().min(0),
  resume: z.string().optional(),
});
export type ServerDraining = z.infer<typeof ServerDraining>;

/** Events the server sends on /hall. */
export interface ServerToClientEvents {
  'hall:snapshot': (p: HallSnapshot) => void;
  occupancy: (p: Occupancy) => void;
  peers: (p: Peers) => void;
  'booth:visitors': (p: BoothVisitors) => void;
  'chat:message': (p: ChatMessage) => void;
  'chat:deleted': (p: z.infer<typeof ChatDeleted>) => void;
  moderation: (p: ModerationState) => void;
  announcement: (p: Announcement) => void;
  'schedule:state': (p: ScheduleStateEvent) => void;
  'booth:changed': (p: { booth: unknown }) => void;
  'meeting:state': (p: MeetingStateEvent) => void;
  notification: (p: Notification) => void;
  dashboard: (p: Dashboard) => void;
  'session:revoked': (p: SessionRevoked) => void;
  'thread:message': (p: ThreadMessageEvent) => void;
  'thread:hidden': (p: ThreadMessageHidden) => void;
  'server:draining': (p: ServerDraining) => void;
  /** A zone's picture atlas page was rebuilt (an exhibitor changed a picture): load the new version. */
  'atlas:page': (p: AtlasPage) => void;
}

/** Events the client sends on /hall, each with an ack (except `move`). */
export interface ClientToServerEvents {
  'booth:enter': (p: BoothEnter, ack: (r: Ack<{ occupancy: number }>) => void) => void;
  'booth:leave': (p: Record<string, never>, ack: (r: Ack) => void) => void;
  'chat:send': (p: ChatSend, ack: (r: Ack<{ id: string }>) => void) => void;
  move: (p: Move) => void;
}
