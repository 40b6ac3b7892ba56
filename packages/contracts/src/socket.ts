import { z } from 'zod';
import type { AtlasPage } from './atlas';
import type { Dashboard } from './console';
import type { Notification } from './deals';
import type { MeetingStateEvent } from './matching';
import type { ThreadMessageEvent, ThreadMessageHidden } from './messages';
import type { TalkStaffView, TalkVisitorView } from './talk';
import type { StagePoll, StageQuestion, StageQuestionRemoved, StageWatch } from './stage';
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
  /** A load generator's send stamp, handed to observers in `peers.t`; the app never sets it. */
  t: z.number().int().min(0).max(0x7fffffff).optional(),
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

/**
 * Movement around you, at most one message per ~50 ms window, sent only after your first `move`, as a
 * compact frame of flat integer arrays (docs/decisions/0023-peers-frame.md). Peers are named by a
 * `handle`, a small integer the server gives each walker (unique for the connection's lifetime, never
 * reused); positions are quantised (see `PEER_QUANTUM`).
 * - `e` (enter): `handle, id, name, x, z, ry` per peer (stride `PEER_ENTER_STRIDE`);
 * - `u` (update): `handle, x, z, ry` per peer (stride `PEER_UPDATE_STRIDE`);
 * - `l` (leave): handles;
 * - `t` (stamps): `handle, t` pairs, the `t` the peer's last `move` carried (load generators only).
 * Empty arrays are left out. Capped interest: you are told about at most ~48 peers — the nearest ones
 * within your 24 m cell and the 8 around it (rechecked about twice a second); others in a crowd are not
 * sent. Peers within `PEER_NEAR_M` are updated every window, farther ones at most every few windows;
 * a peer that did not move is not sent. Per connection the deltas are consistent: a peer always arrives
 * in `e` (with its id and name) before any `u`, `u` only names peers you were told about, and it leaves
 * in `l` when it walks out of range, drops out of your nearest set, or disconnects (it may enter again
 * later, with a new handle or the same). Apply in order e, u, l; a handle is never in both `e` and `l` of
 * one message. Messages with only `u` are volatile (may be dropped under back-pressure; the next carries
 * newer positions); those with e/l are not.
 */
export const PeersFrame = z.object({
  e: z.array(z.union([z.number().int(), z.string()])).optional(),
  u: z.array(z.number().int()).optional(),
  l: z.array(z.number().int()).optional(),
  t: z.array(z.number().int()).optional(),
});
export type PeersFrame = z.infer<typeof PeersFrame>;
export const PEER_ENTER_STRIDE = 6;
export const PEER_UPDATE_STRIDE = 4;
/** Peers this close (metres) are updated every window; farther ones at most every few windows. */
export const PEER_NEAR_M = 8;
/** On the wire x and z are whole centimetres and ry is a signed byte of 1/256 turns (−128 … 127). */
export const PEER_QUANTUM = { perMetre: 100, ryPerRadian: 128 / Math.PI } as const;

export const quantiseMetres = (m: number): number => Math.round(m * PEER_QUANTUM.perMetre);
/** Heading in radians to −128 … 127 (a whole turn is 256). */
export const quantiseHeading = (ry: number): number =>
  ((((Math.round(ry * PEER_QUANTUM.ryPerRadian) + 128) % 256) + 256) % 256) - 128;
export const metresOf = (q: number): number => q / PEER_QUANTUM.perMetre;
export const headingOf = (q: number): number => q / PEER_QUANTUM.ryPerRadian;

export interface PeerPosition {
  handle: number;
  x: number;
  z: number;
  ry: number;
}
export interface PeerEntered extends PeerPosition {
  id: string;
  name: string;
}
/** A frame in plain form, positions in metres and radians (what the client's store applies). */
export interface Peers {
  enter: PeerEntered[];
  update: PeerPosition[];
  leave: number[];
}

/** Unpacks a `peers` frame; a record that is cut short or mistyped is skipped. */
export function decodePeers(frame: PeersFrame): Peers {
  const out: Peers = { enter: [], update: [], leave: frame.l ?? [] };
  const e = frame.e ?? [];
  for (let i = 0; i + PEER_ENTER_STRIDE <= e.length; i += PEER_ENTER_STRIDE) {
    const [handle, id, name, x, z, ry] = e.slice(i, i + PEER_ENTER_STRIDE);
    if (typeof id !== 'string' || typeof name !== 'string') continue;
    if (
      typeof handle !== 'number' ||
      typeof x !== 'number' ||
      typeof z !== 'number' ||
      typeof ry !== 'number'
    )
      continue;
    out.enter.push({ handle, id, name, x: metresOf(x), z: metresOf(z), ry: headingOf(ry) });
  }
  const u = frame.u ?? [];
  for (let i = 0; i + PEER_UPDATE_STRIDE <= u.length; i += PEER_UPDATE_STRIDE)
    out.update.push({ handle: u[i], x: metresOf(u[i + 1]), z: metresOf(u[i + 2]), ry: headingOf(u[i + 3]) });
  return out;
}

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
  peers: (p: PeersFrame) => void;
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
  'talk:staff': (p: TalkStaffView) => void;
  'talk:visitor': (p: TalkVisitorView) => void;
  'stage:question': (p: StageQuestion) => void;
  'stage:question_removed': (p: StageQuestionRemoved) => void;
  'stage:poll': (p: StagePoll) => void;
  /** A zone's picture atlas page was rebuilt (an exhibitor changed a picture): load the new version. */
  'atlas:page': (p: AtlasPage) => void;
}

/**
 * Events the client sends on /hall, each with an ack (except `move`, volatile: a client that passes an ack is
 * answered, e.g. `event_archived` in an archived fair's hall).
 */
export interface ClientToServerEvents {
  'booth:enter': (p: BoothEnter, ack: (r: Ack<{ occupancy: number }>) => void) => void;
  'booth:leave': (p: Record<string, never>, ack: (r: Ack) => void) => void;
  'chat:send': (p: ChatSend, ack: (r: Ack<{ id: string }>) => void) => void;
  move: (p: Move, ack?: (r: Ack) => void) => void;
  'stage:watch': (p: StageWatch, ack: (r: Ack) => void) => void;
  'stage:unwatch': (p: StageWatch, ack: (r: Ack) => void) => void;
}
