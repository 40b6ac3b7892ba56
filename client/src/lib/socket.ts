import {
  HALL_NAMESPACE,
  type Ack,
  type AckError,
  type ClientToServerEvents,
  type HandshakeAuth,
  type ServerToClientEvents,
} from '@pameran/contracts';
import { io, type Socket } from 'socket.io-client';
import { useConnection } from '../stores/connection';
import { deviceToken } from './device';

export type HallSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

type ClientEvents = ClientToServerEvents;
/** Client events that carry an acknowledgement (all but `move`). */
export type AckEvent = {
  [K in keyof ClientEvents]: Parameters<ClientEvents[K]> extends [unknown, (r: never) => void] ? K : never;
}[keyof ClientEvents];
export type PayloadOf<E extends AckEvent> = Parameters<ClientEvents[E]>[0];
export type AckOf<E extends AckEvent> = Parameters<Parameters<ClientEvents[E]>[1]>[0];

export interface HallAuth {
  /** Read on every connection attempt, so a reconnect carries the newest token. */
  getToken(): string | null;
  /** Refresh the access token; false when the session has ended. */
  refresh(): Promise<boolean>;
}

const AUTH_RETRY_INTERVAL_MS = 60_000;
/** When a `busy` refusal comes without its `retryInMs` (it always has one; a proxy may strip it). */
const BUSY_RETRY_FALLBACK_MS = 3_000;
/** After this many failed attempts in a row the hall counts as offline (socket.io keeps retrying). */
const OFFLINE_AFTER_ATTEMPTS = 4;
const AUTH_REFUSAL = /unauthori[sz]ed|forbidden|auth|token|jwt|expired|401/i;
/**
 * socket.io's reconnection backoff: exponential from 1 s to 10 s, each wait randomised by ±50 %, so that a
 * crowd dropped at once (a node lost) does not come back at once.
 */
export const RECONNECT = { reconnectionDelay: 1_000, reconnectionDelayMax: 10_000, randomizationFactor: 0.5 };

/** The codes this client gives an ack it never got (no connection, no answer in time); not the server's. */
export type TransportCode = 'offline' | 'timeout';

export function isTransportFailure(error: AckError): error is AckError & { code: TransportCode } {
  return error.code === 'offline' || error.code === 'timeout';
}

function failure(code: TransportCode, message: string): { ok: false; error: AckError } {
  return { ok: false, error: { code, message } };
}

/**
 * Open the typed /hall connection and mirror its life in the connection store:
 * connecting → connected → reconnecting (transport lost, socket.io retries) → connected, or
 * offline (refused, gone offline, or closed). A refusal that looks like an expired token
 * triggers one token refresh and a new attempt; so does the close that follows `session:revoked` (our
 * access changed), whose reason the connection store keeps for the page to show.
 */
export function connectHall(slug: string, auth: HallAuth, url = ''): { socket: HallSocket; close(): void } {
  const { setState, setRevoked } = useConnection.getState().actions;
  // From `server:draining` until the next connect: carries our booth visit over to the next node.
  let resume: string | undefined;
  let handover: ReturnType<typeof setTimeout> | undefined;
  let busyRetry: ReturnType<typeof setTimeout> | undefined;
  const socket: HallSocket = io(`${url}${HALL_NAMESPACE}`, {
    transports: ['websocket'],
    auth: (cb) =>
      cb({
        token: auth.getToken() ?? '',
        event: slug,
        device: deviceToken(),
        ...(resume ? { resume } : {}),
      } satisfies HandshakeAuth),
    ...RECONNECT,
  });
  // At most one refresh-and-retry a minute, so a server that keeps refusing us cannot make us spin.
  let lastAuthRetry = -Infinity;
  let attempts = 0;
  // Set by `session:revoked`, which the server sends just before it closes us: that close is no loop.
  let revoked = false;
  setState('connecting', null);
  const retrying = (reason?: string) =>
    setState(attempts > OFFLINE_AFTER_ATTEMPTS ? 'offline' : 'reconnecting', reason);

  const retryWithFreshToken = (reason: string) => {
    if (!revoked && Date.now() - lastAuthRetry < AUTH_RETRY_INTERVAL_MS) return setState('offline', reason);
    revoked = false;
    lastAuthRetry = Date.now();
    setState('reconnecting', reason);
    void auth.refresh().then((ok) => (ok ? socket.connect() : setState('offline', reason)));
  };

  socket.on('connect', () => {
    resume = undefined;
    attempts = 0;
    setState('connected', null);
  });
  socket.on('session:revoked', ({ reason }) => {
    revoked = true;
    setRevoked(reason);
  });
  // The node is shutting down (a deploy): at the hinted moment drop the transport, and socket.io reconnects
  // (through the load balancer, to another node) with its usual jittered backoff.
  socket.on('server:draining', (hint) => {
    resume = hint.resume;
    clearTimeout(handover);
    handover = setTimeout(() => socket.io.engine?.close(), hint.reconnectInMs);
  });
  socket.on('connect_error', (err) => {
    // Still active: a transport failure that socket.io retries. Inactive: the server refused us.
    if (socket.active) return retrying(err.message);
    const data = (err as Error & { data?: { code?: string; retryInMs?: number } }).data;
    const code = data?.code;
    // The node is taking too many handshakes (the opening bell): come back when it says, which it
    // randomises so that the refused do not all return at the same moment.
    if (code === 'busy') {
      setState('reconnecting', err.message);
      clearTimeout(busyRetry);
      busyRetry = setTimeout(() => socket.connect(), data?.retryInMs ?? BUSY_RETRY_FALLBACK_MS);
      return;
    }
    if (code === 'session_revoked' || AUTH_REFUSAL.test(err.message)) return retryWithFreshToken(err.message);
    setState('offline', err.message);
  });
  socket.on('disconnect', (reason) => {
    if (reason === 'io client disconnect') return setState('idle');
    // The server closed us (e.g. the token expired during the visit): refresh once and come back.
    if (reason === 'io server disconnect') return retryWithFreshToken(reason);
    retrying(reason);
  });
  socket.io.on('reconnect_attempt', (attempt) => {
    attempts = attempt;
    retrying();
  });
  socket.io.on('reconnect_failed', () => setState('offline', 'reconnect_failed'));

  const wentOffline = () => setState('offline', 'browser offline');
  const cameOnline = () => {
    if (!socket.connected) socket.connect();
  };
  globalThis.addEventListener?.('offline', wentOffline);
  globalThis.addEventListener?.('online', cameOnline);

  return {
    socket,
    close() {
      clearTimeout(handover);
      clearTimeout(busyRetry);
      globalThis.removeEventListener?.('offline', wentOffline);
      globalThis.removeEventListener?.('online', cameOnline);
      socket.removeAllListeners();
      socket.io.removeAllListeners();
      socket.disconnect();
      setState('idle', null);
    },
  };
}

/** Minimal untyped view used only to attach socket.io's timeout callback. */
interface TimedEmitter {
  emit(event: string, payload: unknown, cb: (err: Error | null, res: unknown) => void): void;
}

/**
 * Emit an event that expects an ack; always resolves with the typed Ack, turning a missing
 * connection or a timeout into `{ok: false, error: {code: 'offline' | 'timeout'}}`.
 */
export function emitWithAck<E extends AckEvent>(
  socket: HallSocket | null,
  event: E,
  payload: PayloadOf<E>,
  timeoutMs = 5000,
): Promise<AckOf<E>> {
  type Result = AckOf<E>;
  if (!socket) return Promise.resolve(failure('offline', 'not connected to the hall') as Result);
  return new Promise<Result>((resolve) => {
    const timed = socket.timeout(timeoutMs) as unknown as TimedEmitter;
    timed.emit(event, payload, (err, res) =>
      resolve(
        err ? (failure('timeout', `no answer to ${event} in ${timeoutMs} ms`) as Result) : (res as Result),
      ),
    );
  });
}

export type { Ack };
