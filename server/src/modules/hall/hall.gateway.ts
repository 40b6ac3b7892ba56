import { Logger } from '@nestjs/common';
import {
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  WebSocketGateway,
} from '@nestjs/websockets';
import { BoothEnter, BoothLeave, ChatSend, HALL_NAMESPACE, Move, type Ack } from '@pameran/contracts';
import { ChatService } from '../chat/chat.service';
import { PresenceService } from '../presence/presence.service';
import { RateLimiter } from '../rate-limit';
import { ackFailure, errorAck, parsePayload, RATE_LIMITED } from './ack';
import { BoothVisitsService } from './booth-visits.service';
import { ConnectionCap } from './connection-cap';
import { HallAuthService, HandshakeError } from './hall-auth.service';
import { HallBroadcaster } from './hall.broadcaster';
import { HallMetrics } from './hall.metrics';
import { HallDrain } from './hall-drain.service';
import { rooms, type HallNamespace, type HallSocket } from './hall.types';
import { MovementService } from './movement.service';
import { HandshakeGate } from './handshake-gate';
import { EventDirectory } from './state/event-directory';
import { HallSanctions } from './state/hall-sanctions';
import { JoinSnapshots } from './state/join-snapshot';
import { StageWatchService } from './stage-watch.service';

/** Per-user limits across a user's connections and nodes; a window starts at the user's first action. */
export const LIMITS = { enterPerSecond: 5, chatPer10s: 8 };
const OK: Ack = Object.freeze({ ok: true });
/** An archived fair is read-only for good (docs/decisions/0026-fair-lifecycle.md), its hall as much as its routes. */
const ARCHIVED = ackFailure('event_archived', 'This fair is archived: its hall can be looked at, not used');
/** What every connection's `handshake` becomes once authenticated (socket.io builds a fresh one each). */
const SPENT_HANDSHAKE: HallSocket['handshake'] = Object.freeze({
  headers: {},
  time: '',
  address: '',
  xdomain: false,
  secure: true,
  issued: 0,
  url: '',
  query: {},
  auth: {},
});

/**
 * The live hall. Authentication happens in the namespace middleware at connect time (guards do not run
 * on connection); handlers validate with the shared schemas and hand over to services.
 */
@WebSocketGateway({ namespace: HALL_NAMESPACE })
export class HallGateway
  implements OnGatewayInit<HallNamespace>, OnGatewayConnection<HallSocket>, OnGatewayDisconnect<HallSocket>
{
  private readonly logger = new Logger(HallGateway.name);

  constructor(
    private readonly auth: HallAuthService,
    private readonly broadcaster: HallBroadcaster,
    private readonly presence: PresenceService,
    private readonly visits: BoothVisitsService,
    private readonly movement: MovementService,
    private readonly chat: ChatService,
    private readonly snapshots: JoinSnapshots,
    private readonly sanctions: HallSanctions,
    private readonly gate: HandshakeGate,
    private readonly limiter: RateLimiter,
    private readonly cap: ConnectionCap,
    private readonly metrics: HallMetrics,
    private readonly drain: HallDrain,
    private readonly stage: StageWatchService,
    private readonly directory: EventDirectory,
  ) {}

  afterInit(ns: HallNamespace): void {
    this.broadcaster.namespace = ns;
    this.movement.attach(ns);
    ns.use((socket, next) => {
      const address = this.auth.clientAddressOf(socket.request);
      const busy = this.gate.enter();
      if (busy) {
        this.metrics.handshakeFailed(busy.code);
        return next(
          Object.assign(new Error(busy.message), { data: { code: busy.code, retryInMs: busy.retryInMs } }),
        );
      }
      this.auth
        .authenticate(socket.handshake.auth, socket.handshake.headers, address)
        .then(async (data) => {
          await this.cap.admit(data.user.sub);
          socket.data = data;
          // Keep nothing of the handshake we no longer need: the token, the headers, the first HTTP request
          // (all connections share one empty handshake; `data` holds what the hall uses).
          (socket as { handshake: HallSocket['handshake'] }).handshake = SPENT_HANDSHAKE;
          (socket.conn as unknown as { request: unknown }).request = null;
          this.metrics.connected();
          next();
        })
        .catch((err: unknown) => {
          const e =
            err instanceof HandshakeError
              ? err
              : new HandshakeError('unauthorized', 'Could not check your session');
          if (!(err instanceof HandshakeError)) this.logger.error({ err }, 'handshake failed');
          this.metrics.handshakeFailed(e.code);
          next(Object.assign(new Error(e.message), { data: { code: e.code } }));
        })
        .finally(() => this.gate.leave());
    });
    this.presence.onOccupancy((eventId, changes) =>
      this.broadcaster.send(rooms.event(eventId), 'occupancy', { changes }),
    );
  }

  /** A connection that cannot be set up (Redis or the database failing) is closed, never left half joined. */
  async handleConnection(socket: HallSocket): Promise<void> {
    try {
      await this.setUp(socket);
    } catch (err) {
      this.logger.error({ err, user: socket.data.user.sub }, 'hall connection set-up failed; disconnecting');
      socket.disconnect(true);
    }
  }

  private async setUp(socket: HallSocket): Promise<void> {
    this.bind(socket);
    const { eventId, user, slug, staffBoothId } = socket.data;
    await socket.join([
      rooms.event(eventId),
      rooms.user(user.sub),
      rooms.userIn(eventId, user.sub),
      rooms.role(eventId, user.role),
    ]);
    if (!(await this.cap.withinCap(user.sub))) return void socket.disconnect(true);
    if (staffBoothId) await socket.join(rooms.staff(staffBoothId));
    await this.snapshots.send(socket, slug, eventId, user.role, this.sanctions.stateOf(user.sub, eventId));
    if (staffBoothId) socket.emit('booth:visitors', await this.visits.visitorsOf(staffBoothId));
  }

  async handleDisconnect(socket: HallSocket): Promise<void> {
    this.movement.remove(socket.id);
    await this.visits.leave(socket).catch((err) => this.logger.warn({ err }, 'leave on disconnect failed'));
  }

  /**
   * Handlers are bound straight on the socket rather than with @SubscribeMessage: Nest builds an RxJS
   * pipeline per handler per connection (~16 subscribers each socket), which dominated the heap of idle
   * connections. The listeners are the same functions for every socket (the emitter passes the
   * socket as `this`), so an idle connection costs no closures. Each handler's result is the client's ack.
   */
  private readonly handlers = ((gw: HallGateway) => {
    /** Every acked event gets its ack: a failure nobody expected (Redis down) becomes an error ack. */
    const answer = async (event: string, cb: unknown, work: () => Promise<unknown>) => {
      // Tracked until the ack is written, so a draining node does not close under it.
      await gw.drain.track(async () => {
        let value: unknown;
        try {
          value = await work();
        } catch (err) {
          gw.logger.error({ err, event }, 'hall event failed');
          value = errorAck(err);
        }
        if (typeof cb === 'function') (cb as (v: unknown) => void)(value);
      });
    };
    return {
      enter: function (this: HallSocket, p: unknown, cb: unknown) {
        return answer('booth:enter', cb, () => gw.enter(this, p));
      },
      leave: function (this: HallSocket, p: unknown, cb: unknown) {
        return answer('booth:leave', cb, () => gw.leave(this, p));
      },
      send: function (this: HallSocket, p: unknown, cb: unknown) {
        return answer('chat:send', cb, () => gw.send(this, p));
      },
      move: function (this: HallSocket, p: unknown, cb: unknown) {
        const answer = gw.move(this, p);
        if (typeof cb === 'function') (cb as (v: Ack) => void)(answer);
      },
      watch: function (this: HallSocket, p: unknown, cb: unknown) {
        return answer('stage:watch', cb, () => gw.stage.watch(this, p));
      },
      unwatch: function (this: HallSocket, p: unknown, cb: unknown) {
        return answer('stage:unwatch', cb, () => gw.stage.unwatch(this, p));
      },
    };
  })(this);

  private bind(socket: HallSocket): void {
    const h = this.handlers;
    socket.on('booth:enter', h.enter as never);
    socket.on('booth:leave', h.leave as never);
    socket.on('chat:send', h.send as never);
    socket.on('move', h.move as never);
    socket.on('stage:watch', h.watch as never);
    socket.on('stage:unwatch', h.unwatch as never);
  }

  async enter(socket: HallSocket, payload: unknown): Promise<Ack<{ occupancy: number }>> {
    const parsed = parsePayload(BoothEnter, payload);
    if ('ack' in parsed) return parsed.ack;
    if (!(await this.limiter.allow(`enter:${socket.data.user.sub}`, LIMITS.enterPerSecond, 1000)))
      return RATE_LIMITED;
    try {
      return { ok: true, occupancy: await this.visits.enter(socket, parsed.data.boothId) };
    } catch (err) {
      return errorAck(err);
    }
  }

  async leave(socket: HallSocket, payload: unknown): Promise<Ack> {
    const parsed = parsePayload(BoothLeave, payload ?? {});
    if ('ack' in parsed) return parsed.ack;
    await this.visits.leave(socket);
    return { ok: true };
  }

  async send(socket: HallSocket, payload: unknown): Promise<Ack<{ id: string }>> {
    const parsed = parsePayload(ChatSend, payload);
    if ('ack' in parsed) return parsed.ack;
    // Visitors already meet a closed hall; the fair's own staff need telling too (their chat skips that).
    if (this.directory.archived(socket.data.eventId)) return ARCHIVED;
    if (!(await this.limiter.allow(`chat:${socket.data.user.sub}`, LIMITS.chatPer10s, 10_000)))
      return RATE_LIMITED;
    try {
      const { message } = await this.chat.send(socket.data, parsed.data);
      return { ok: true, id: message.id };
    } catch (err) {
      return errorAck(err);
    }
  }

  /** Moves are volatile and normally unacknowledged: a refused one is dropped, and answered only if asked. */
  move(socket: HallSocket, payload: unknown): Ack {
    const parsed = parsePayload(Move, payload);
    if ('ack' in parsed) return parsed.ack;
    if (this.directory.archived(socket.data.eventId)) return ARCHIVED;
    try {
      this.movement.move(socket, parsed.data);
      return OK;
    } catch (err) {
      this.logger.warn({ err }, 'move failed');
      return errorAck(err);
    }
  }
}
