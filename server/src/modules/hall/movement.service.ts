import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { hallBounds, PEER_NEAR_M, quantiseHeading, quantiseMetres, type Move } from '@pameran/contracts';
import { performance } from 'node:perf_hooks';
import { RedisClients } from '../redis/redis.clients';
import { HallMetrics } from './hall.metrics';
import type { HallNamespace, HallSocket } from './hall.types';
import { adjacent } from './aoi';
import { newWalker, PeerWorld, type Walker } from './peer-world';
import { PeersPacket, writePacket } from './peers-packet';

/** Longest a move waits before it is sent on. */
const FLUSH_MS = 50;
/** At most this many moves per second per connection are taken; the rest are dropped (moves are volatile). */
const MAX_MOVES_PER_SECOND = 12;
/** Nodes exchange their walkers' moves under this server-side event (Redis adapter). */
const NODE_EVENT = 'hall:walkers';
/** Each node repeats all its walkers this often; a remote walker not heard of for REMOTE_TTL_MS is dropped. */
const SYNC_MS = 2000;
const REMOTE_TTL_MS = 5000;
/** Peers farther than PEER_NEAR_M are sent at most every FAR_EVERY-th window (5 Hz instead of 20). */
const FAR_EVERY = 4;
const NEAR_SQUARED = PEER_NEAR_M * PEER_NEAR_M;
/** A walker in a node batch: id, name, then quantised x, z, ry and the stamp. */
const NODE_STRIDE = 6;

/** What nodes tell each other: moved walkers as flat [id, name, qx, qz, qry, stamp, …], and ids that left. */
interface NodeBatch {
  e: string;
  m: (string | number)[];
  g?: string[];
  sync?: boolean;
}

interface LocalWalker {
  walker: Walker;
  world: PeerWorld;
  eventId: string;
}

/**
 * Movement fan-out by area of interest, one `peers` frame per observer per window.
 * Every node keeps the positions of all walkers of an event on a grid of 24 m cells (its own connections'
 * and, with Redis, those other nodes publish once per window). Each flush (at most 50 ms after a move,
 * and at once when another node's moves arrive) tells every local observer, in one frame, who entered
 * or left its interest — the nearest INTEREST.nearest peers in the 3×3 cells around it — and the new
 * positions of those it knows: peers within PEER_NEAR_M every window, farther ones at most every
 * FAR_EVERY-th, none that did not move. Positions are quantised on arrival (a move to the same
 * centimetre is no news) and records serialised once per walker (docs/decisions/0023-peers-frame.md).
 * No Postgres, no rooms and no cross-node requests on this path.
 */
@Injectable()
export class MovementService implements OnModuleDestroy {
  private readonly worlds = new Map<string, PeerWorld>();
  private readonly local = new Map<string, LocalWalker>();
  private readonly multiNode: boolean;
  private ns?: HallNamespace;
  private packet = new PeersPacket('/hall');
  private timer?: NodeJS.Timeout;
  private syncTimer?: NodeJS.Timeout;
  /** Number of the last flush (observers remember in which one they were last sent each peer). */
  private flushNo = 0;
  private readonly entered: Walker[] = [];
  private readonly left: Walker[] = [];
  /** This node's walkers that moved or left since the last publication, per event. */
  private outbox = new Map<string, { moved: Set<Walker>; gone: string[] }>();
  private readonly bounds = hallBounds();

  constructor(
    redis: RedisClients,
    private readonly metrics: HallMetrics,
  ) {
    this.multiNode = redis.enabled;
  }

  /** Called by the gateway once the namespace exists. */
  attach(ns: HallNamespace): void {
    this.ns = ns;
    this.packet = new PeersPacket(ns.name);
    if (!this.multiNode) return;
    (ns as unknown as NodeJS.EventEmitter).on(NODE_EVENT, (batch: NodeBatch) => this.receive(batch));
    this.syncTimer = setInterval(() => this.sync(), SYNC_MS);
    this.syncTimer.unref();
  }

  onModuleDestroy(): void {
    clearTimeout(this.timer);
    clearInterval(this.syncTimer);
  }

  /** Returns an error message when the move is refused; undefined when taken (or silently rate-dropped). */
  move(socket: HallSocket, move: Move): string | undefined {
    const b = this.bounds;
    if (move.x < b.minX || move.x > b.maxX || move.z < b.minZ || move.z > b.maxZ) return 'outside the hall';
    const now = Date.now();
    let entry = this.local.get(socket.id);
    if (!entry) {
      const { eventId, user } = socket.data;
      entry = { walker: newWalker(socket.id, user.name, socket), world: this.world(eventId), eventId };
      this.local.set(socket.id, entry);
    }
    const w = entry.walker;
    if (now - w.windowStart >= 1000) {
      w.windowStart = now;
      w.movesInWindow = 0;
    }
    if (++w.movesInWindow > MAX_MOVES_PER_SECOND) return undefined;
    const placed = entry.world.place(
      w,
      quantiseMetres(move.x),
      quantiseMetres(move.z),
      quantiseHeading(move.ry),
      move.t,
    );
    if (!placed) return undefined; // the same centimetre and heading: nothing to tell anyone
    if (this.multiNode) this.outboxOf(entry.eventId).moved.add(w);
    this.timer ??= setTimeout(() => this.flush(true), FLUSH_MS);
    return undefined;
  }

  /** The walker left the hall (disconnect): observers are told in the next flush. */
  remove(socketId: string): void {
    const entry = this.local.get(socketId);
    if (!entry) return;
    this.local.delete(socketId);
    entry.world.remove(entry.walker);
    if (this.multiNode) {
      const out = this.outboxOf(entry.eventId);
      out.moved.delete(entry.walker);
      out.gone.push(socketId);
    }
    this.timer ??= setTimeout(() => this.flush(true), FLUSH_MS);
  }

  private world(eventId: string): PeerWorld {
    let w = this.worlds.get(eventId);
    if (!w) this.worlds.set(eventId, (w = new PeerWorld()));
    return w;
  }

  private outboxOf(eventId: string) {
    let out = this.outbox.get(eventId);
    if (!out) this.outbox.set(eventId, (out = { moved: new Set(), gone: [] }));
    return out;
  }

  /** Tells every local observer what changed; `publish` also sends this node's moves to the others. */
  private flush(publish: boolean): void {
    if (publish) {
      this.timer = undefined;
      this.publish();
    }
    const started = performance.now();
    const no = ++this.flushNo;
    const now = Date.now();
    const pk = this.packet;
    const { entered, left } = this;
    let deferred = false;
    for (const [eventId, world] of this.worlds) {
      if (!world.size) {
        this.worlds.delete(eventId);
        continue;
      }
      for (const o of world.observers) {
        entered.length = 0;
        left.length = 0;
        pk.begin();
        // One pass over what the observer knows: who went away, who has news due now …
        const known = o.known!;
        for (const seen of known.values()) {
          const p = seen.peer;
          if (p.gone || !adjacent(p.cell, o.cell)) {
            known.delete(p.id);
            left.push(p);
            continue;
          }
          if (seen.version === p.version) continue;
          if (no - seen.flushNo < FAR_EVERY) {
            const dx = p.x - o.x;
            const dz = p.z - o.z;
            if (dx * dx + dz * dz > NEAR_SQUARED) {
              deferred = true; // sent in a later window (with whatever position is newest then)
              continue;
            }
          }
          seen.version = p.version;
          seen.flushNo = no;
          pk.update(p);
        }
        // … then, when due, who is nearest now (an update for someone who just dropped out is harmless:
        // the client applies `l` after `u`).
        world.refreshInterest(o, now, entered, left, no);
        if (!entered.length && !left.length && pk.empty) continue;
        for (const p of entered) pk.enter(p);
        for (const p of left) pk.leave(p);
        writePacket(o.socket!, pk.encode(), pk.quiet);
      }
    }
    entered.length = 0;
    left.length = 0;
    if (deferred) this.timer ??= setTimeout(() => this.flush(true), FLUSH_MS);
    this.metrics.flushDuration.observe((performance.now() - started) / 1000);
  }

  // ---- several nodes

  private emit(batch: NodeBatch): void {
    try {
      void Promise.resolve(this.ns?.serverSideEmit(NODE_EVENT as never, batch as never)).catch(
        () => undefined,
      );
    } catch {
      // Redis is down: positions are volatile, the next window or sync carries them again.
    }
  }

  private publish(): void {
    if (!this.outbox.size) return;
    const outbox = this.outbox;
    this.outbox = new Map();
    for (const [e, { moved, gone }] of outbox) {
      const m: (string | number)[] = [];
      for (const w of moved) if (!w.gone) m.push(w.id, w.name, w.qx, w.qz, w.qry, w.stamp);
      if (m.length || gone.length) this.emit({ e, m, ...(gone.length && { g: gone }) });
    }
  }

  /** Repeat every local walker (keeps them alive on the other nodes), and drop remote walkers not heard of. */
  private sync(): void {
    const now = Date.now();
    let dropped = false;
    for (const [e, world] of this.worlds) {
      const m: (string | number)[] = [];
      for (const w of world.walkers.values()) {
        if (w.socket) m.push(w.id, w.name, w.qx, w.qz, w.qry, 0);
        else if (now - w.seenAt > REMOTE_TTL_MS) {
          world.remove(w);
          dropped = true;
        }
      }
      if (m.length) this.emit({ e, m, sync: true });
    }
    if (dropped) this.timer ??= setTimeout(() => this.flush(true), FLUSH_MS);
  }

  private receive(batch: NodeBatch): void {
    const world = this.world(batch.e);
    const now = Date.now();
    const m = batch.m;
    let news = false;
    for (let i = 0; i + NODE_STRIDE <= m.length; i += NODE_STRIDE) {
      const id = String(m[i]);
      let w = world.walkers.get(id);
      if (w?.socket) continue;
      if (!w) w = newWalker(id, String(m[i + 1]));
      w.seenAt = now;
      // A sync repeats positions: placing at the same spot is no news (place returns false).
      if (world.place(w, Number(m[i + 2]), Number(m[i + 3]), Number(m[i + 4]), Number(m[i + 5]))) news = true;
    }
    for (const id of batch.g ?? []) {
      const w = world.walkers.get(id);
      if (w && !w.socket) {
        world.remove(w);
        news = true;
      }
    }
    // Deliver at once: waiting for this node's own window would add up to FLUSH_MS across nodes.
    if (news) this.flush(false);
  }
}
