import { Injectable } from '@nestjs/common';
import { hallBounds, type Move } from '@pameran/contracts';
import { cellOf, neighbourhood } from './aoi';
import { HallBroadcaster } from './hall.broadcaster';
import { rooms, type HallSocket } from './hall.types';

const FLUSH_MS = 50;
/** At most this many moves per second per connection are taken; the rest are dropped (moves are volatile). */
const MAX_MOVES_PER_SECOND = 12;

interface Walker {
  socket: HallSocket;
  eventId: string;
  name: string;
  x: number;
  z: number;
  ry: number;
  cell: string | null;
  windowStart: number;
  movesInWindow: number;
}

/**
 * Movement fan-out by area of interest. Each connection watches the 9 cells around it (rooms `watch:*`,
 * which the Redis adapter spans across nodes). Moves are collected and sent every 50 ms: per cell one
 * `peers.update` to its watchers; a cell change sends `enter` to those who newly see the walker and `leave`
 * to those who no longer do (`to(new).except(old)`), and the walker gets who is already around.
 * No Postgres on this path.
 */
@Injectable()
export class MovementService {
  private readonly walkers = new Map<string, Walker>();
  private updates = new Map<string, Map<string, { id: string; x: number; z: number; ry: number }>>();
  private timer?: NodeJS.Timeout;
  private readonly bounds = hallBounds();

  constructor(private readonly hall: HallBroadcaster) {}

  /** Returns an error message when the move is refused; undefined when taken (or silently rate-dropped). */
  async move(socket: HallSocket, move: Move): Promise<string | undefined> {
    const b = this.bounds;
    if (move.x < b.minX || move.x > b.maxX || move.z < b.minZ || move.z > b.maxZ) return 'outside the hall';
    const now = Date.now();
    let w = this.walkers.get(socket.id);
    if (!w) {
      w = {
        socket,
        eventId: socket.data.eventId,
        name: socket.data.user.name,
        x: 0,
        z: 0,
        ry: 0,
        cell: null,
        windowStart: now,
        movesInWindow: 0,
      };
      this.walkers.set(socket.id, w);
    }
    if (now - w.windowStart >= 1000) {
      w.windowStart = now;
      w.movesInWindow = 0;
    }
    if (++w.movesInWindow > MAX_MOVES_PER_SECOND) return undefined;
    Object.assign(w, { x: move.x, z: move.z, ry: move.ry });
    socket.data.pos = { x: move.x, z: move.z, ry: move.ry };
    const cell = cellOf(move.x, move.z);
    if (cell !== w.cell) await this.changeCell(w, cell);
    const key = `${w.eventId}|${cell}`;
    let batch = this.updates.get(key);
    if (!batch) this.updates.set(key, (batch = new Map()));
    batch.set(socket.id, { id: socket.id, x: w.x, z: w.z, ry: w.ry });
    this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
    return undefined;
  }

  /** The walker left the hall (disconnect). */
  remove(socketId: string): void {
    const w = this.walkers.get(socketId);
    if (!w) return;
    this.walkers.delete(socketId);
    if (w.cell)
      this.hall.send(rooms.watch(w.eventId, w.cell), 'peers', { enter: [], update: [], leave: [socketId] });
  }

  private async changeCell(w: Walker, cell: string): Promise<void> {
    const { socket, eventId } = w;
    const before = w.cell ? neighbourhood(w.cell) : [];
    const after = neighbourhood(cell);
    const ns = this.hall.namespace!;
    const me = { id: socket.id, name: w.name, x: w.x, z: w.z, ry: w.ry };
    // Watchers of the new cell who did not watch the old one see the walker arrive …
    let arrive = ns.to(rooms.watch(eventId, cell));
    if (w.cell) arrive = arrive.except(rooms.watch(eventId, w.cell));
    arrive.except(socket.id).emit('peers', { enter: [me], update: [], leave: [] });
    // … and watchers of the old cell who do not watch the new one see it go.
    if (w.cell) {
      ns.to(rooms.watch(eventId, w.cell))
        .except(rooms.watch(eventId, cell))
        .emit('peers', { enter: [], update: [], leave: [socket.id] });
      socket.leave(rooms.cell(eventId, w.cell));
    }
    for (const c of before) if (!after.includes(c)) socket.leave(rooms.watch(eventId, c));
    for (const c of after) socket.join(rooms.watch(eventId, c));
    socket.join(rooms.cell(eventId, cell));
    const newlyVisible = after.filter((c) => !before.includes(c)).map((c) => rooms.cell(eventId, c));
    w.cell = cell;
    // The walker learns who already stands in the cells it can now see (on any node).
    const others = (await ns.in(newlyVisible).fetchSockets()).filter((s) => s.id !== socket.id);
    if (others.length) {
      socket.emit('peers', {
        enter: others.map((s) => ({
          id: s.id,
          name: s.data.user.name,
          x: s.data.pos?.x ?? 0,
          z: s.data.pos?.z ?? 0,
          ry: s.data.pos?.ry ?? 0,
        })),
        update: [],
        leave: [],
      });
    }
  }

  private flush(): void {
    this.timer = undefined;
    const batch = this.updates;
    this.updates = new Map();
    const ns = this.hall.namespace;
    if (!ns) return;
    for (const [key, peers] of batch) {
      const [eventId, cell] = key.split('|');
      ns.volatile
        .to(rooms.watch(eventId, cell))
        .emit('peers', { enter: [], update: [...peers.values()], leave: [] });
    }
  }
}
