import { decodePeers, hallBounds, headingOf, quantiseHeading, type PeersFrame } from '@pameran/contracts';
import { EventEmitter } from 'node:events';
import { MetricsRegistry } from '../metrics';
import type { RedisClients } from '../redis/redis.clients';
import { HallMetrics } from './hall.metrics';
import type { HallNamespace, HallSocket } from './hall.types';
import { INTEREST } from './interest';
import { MovementService } from './movement.service';

interface Peers {
  enter: { id: string; name: string; x: number; z: number; ry: number }[];
  update: { id: string; x: number; z: number; ry: number }[];
  leave: string[];
}

/** A heading as it comes back from the wire (a byte of 1/256 turns). */
const turn = (ry: number) => headingOf(quantiseHeading(ry));

/**
 * A connection as MovementService sees it: what it writes to the engine is decoded back into `peers`,
 * handles turned into ids the way the client does; `stamps` collects the load generator's `t` pairs.
 */
function visitor(id: string, eventId = 'event-1') {
  const packets: string[] = [];
  const ids = new Map<number, string>();
  const stamps: number[] = [];
  const conn = { readyState: 'open', transport: { writable: true } };
  const socket = {
    id,
    connected: true,
    data: { eventId, user: { sub: `user-${id}`, name: `Visitor ${id}` } },
    client: { conn, writeToEngine: (packet: string) => packets.push(packet) },
  } as unknown as HallSocket;
  const received = (): Peers[] => {
    const all = packets.map((packet) => {
      const frame = (JSON.parse(packet.slice(packet.indexOf('['))) as [string, PeersFrame])[1];
      stamps.push(...(frame.t ?? []));
      const p = decodePeers(frame);
      for (const e of p.enter) ids.set(e.handle, e.id);
      const idOf = (h: number) => ids.get(h) ?? `unknown handle ${h}`;
      const out: Peers = {
        enter: p.enter.map(({ id: peer, name, x, z, ry }) => ({ id: peer, name, x, z, ry })),
        update: p.update.map(({ handle, x, z, ry }) => ({ id: idOf(handle), x, z, ry })),
        leave: p.leave.map(idOf),
      };
      return out;
    });
    packets.length = 0;
    return all;
  };
  return { id, socket, conn, received, stamps };
}

/** One node: its service attached to a namespace whose server-side emits go where `link` says. */
function node(multiNode: boolean) {
  const ns = Object.assign(new EventEmitter(), {
    name: '/hall',
    link: (_batch: unknown) => undefined as void,
    serverSideEmit(event: string, batch: unknown) {
      ns.link(batch);
      return event === 'hall:walkers';
    },
  });
  const movement = new MovementService(
    { enabled: multiNode } as RedisClients,
    new HallMetrics(new MetricsRegistry()),
  );
  movement.attach(ns as unknown as HallNamespace);
  return { movement, ns };
}

const at = (x: number, z: number, ry = 0) => ({ x, z, ry });

describe('MovementService', () => {
  let services: MovementService[];
  const start = (multiNode = false) => {
    const n = node(multiNode);
    services.push(n.movement);
    return n;
  };
  beforeEach(() => {
    jest.useFakeTimers({ now: 1_000_000 });
    services = [];
  });
  afterEach(() => {
    services.forEach((s) => s.onModuleDestroy());
    jest.useRealTimers();
  });

  it('batches moves for up to 50 ms and sends each observer one message with the latest positions', () => {
    const { movement } = start();
    const [a, b] = [visitor('a'), visitor('b')];
    movement.move(a.socket, at(10, 10));
    movement.move(b.socket, at(12, 12));
    jest.advanceTimersByTime(49);
    expect(a.received()).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(a.received()).toEqual([
      { enter: [{ id: 'b', name: 'Visitor b', x: 12, z: 12, ry: 0 }], update: [], leave: [] },
    ]);
    expect(b.received()[0].enter.map((p) => p.id)).toEqual(['a']);
    movement.move(b.socket, at(13, 12, 1));
    jest.advanceTimersByTime(20);
    movement.move(b.socket, at(14, 12, 2));
    jest.advanceTimersByTime(30);
    expect(a.received()).toEqual([
      { enter: [], update: [{ id: 'b', x: 14, z: 12, ry: turn(2) }], leave: [] },
    ]);
    expect(b.received()).toEqual([]); // nobody else moved: nothing to tell b
  });

  it('tells an observer about its nearest INTEREST.nearest peers only', () => {
    const { movement } = start();
    const o = visitor('o');
    movement.move(o.socket, at(50, 50));
    const crowd = Array.from({ length: INTEREST.nearest + 12 }, (_, i) => visitor(`p${i}`));
    crowd.forEach((p, i) => movement.move(p.socket, at(50 + (i + 1) * 0.1, 50)));
    jest.advanceTimersByTime(50);
    const [first] = o.received();
    expect(first.enter).toHaveLength(INTEREST.nearest);
    expect(first.enter.map((p) => p.id)).toContain('p0');
    expect(first.enter.map((p) => p.id)).not.toContain(`p${INTEREST.nearest + 11}`);
  });

  it('tells observers who left (disconnect or walking out of the 3×3 cells), even when the line is busy', () => {
    const { movement } = start();
    const [a, b, c] = [visitor('a'), visitor('b'), visitor('c')];
    movement.move(a.socket, at(10, 10));
    movement.move(b.socket, at(12, 12));
    movement.move(c.socket, at(14, 10));
    jest.advanceTimersByTime(50);
    a.received();
    a.conn.transport.writable = false; // still sending the previous message
    movement.move(c.socket, at(14, 11));
    jest.advanceTimersByTime(50);
    expect(a.received()).toEqual([]); // a position-only update is volatile: dropped, the next one carries it
    movement.remove('b');
    movement.move(c.socket, at(-100, 150));
    jest.advanceTimersByTime(50);
    expect(a.received()).toEqual([{ enter: [], update: [], leave: ['b', 'c'] }]);
  });

  it('takes at most 12 moves per second from one connection, and refuses a position outside the hall', () => {
    const { movement } = start();
    const [a, b] = [visitor('a'), visitor('b')];
    movement.move(a.socket, at(10, 10));
    for (let i = 1; i <= 12; i++) movement.move(b.socket, at(10 + i / 10, 12));
    movement.move(b.socket, at(5, 5)); // the 13th within the second
    jest.advanceTimersByTime(50);
    expect(a.received()[0].enter[0]).toMatchObject({ id: 'b', x: 11.2, z: 12 });
    jest.advanceTimersByTime(1000);
    movement.move(b.socket, at(5, 5)); // a new second
    jest.advanceTimersByTime(50);
    expect(a.received()[0].update[0]).toMatchObject({ id: 'b', x: 5, z: 5 });
    const { maxX } = hallBounds();
    expect(movement.move(b.socket, at(maxX + 1, 10))).toBe('outside the hall');
  });

  it('does not send a move to the same centimetre and heading again', () => {
    const { movement } = start();
    const [a, b] = [visitor('a'), visitor('b')];
    movement.move(a.socket, at(10, 10));
    movement.move(b.socket, at(12, 12, 1));
    jest.advanceTimersByTime(50);
    a.received();
    movement.move(b.socket, at(12.001, 11.999, 1.001)); // the same on the wire
    jest.advanceTimersByTime(100);
    expect(a.received()).toEqual([]);
    movement.move(b.socket, at(12.01, 12, 1));
    jest.advanceTimersByTime(50);
    expect(a.received()).toEqual([
      { enter: [], update: [{ id: 'b', x: 12.01, z: 12, ry: turn(1) }], leave: [] },
    ]);
  });

  it('updates near peers every window and far ones at most every 4th, ending on the latest position', () => {
    const { movement } = start();
    const [o, near, far] = [visitor('o'), visitor('near'), visitor('far')];
    movement.move(o.socket, at(50, 50));
    movement.move(near.socket, at(52, 50)); // 2 m away
    movement.move(far.socket, at(65, 50)); // 15 m: same 24 m cell, beyond PEER_NEAR_M
    jest.advanceTimersByTime(50);
    o.received();
    for (let i = 1; i <= 8; i++) {
      movement.move(near.socket, at(52, 50 + i / 10));
      movement.move(far.socket, at(65, 50 + i / 10));
      jest.advanceTimersByTime(50);
      jest.advanceTimersByTime(1000 / 12 - 50); // stay under 12 moves a second
    }
    jest.advanceTimersByTime(500); // the last far position is still owed: sent in a later window
    const updates = o.received().flatMap((p) => p.update);
    const of = (id: string) => updates.filter((u) => u.id === id).map((u) => u.z);
    expect(of('near')).toEqual([50.1, 50.2, 50.3, 50.4, 50.5, 50.6, 50.7, 50.8]);
    expect(of('far').length).toBeLessThanOrEqual(4);
    expect(of('far').at(-1)).toBe(50.8);
  });

  it('hands a load generator’s stamp to observers in `t`', () => {
    const { movement } = start();
    const [a, b] = [visitor('a'), visitor('b')];
    movement.move(a.socket, at(10, 10));
    movement.move(b.socket, at(12, 12));
    jest.advanceTimersByTime(50);
    a.received();
    movement.move(b.socket, { ...at(12.5, 12), t: 987654 });
    jest.advanceTimersByTime(50);
    expect(a.received()).toHaveLength(1);
    expect(a.stamps).toEqual([expect.any(Number), 987654]);
  });

  describe('on several nodes', () => {
    function pair() {
      const [one, two] = [start(true), start(true)];
      // What the Redis adapter does: a server-side emit reaches the other node's namespace.
      one.ns.link = (batch) => void two.ns.emit('hall:walkers', batch);
      two.ns.link = (batch) => void one.ns.emit('hall:walkers', batch);
      return [one, two];
    }

    it('shows a walker on another node at once, and its leaving', () => {
      const [one, two] = pair();
      const [a, b] = [visitor('a'), visitor('b')];
      one.movement.move(a.socket, at(10, 10));
      jest.advanceTimersByTime(50);
      two.movement.move(b.socket, at(12, 12));
      jest.advanceTimersByTime(50); // node two publishes; node one delivers on receipt
      expect(a.received()).toEqual([
        { enter: [{ id: 'b', name: 'Visitor b', x: 12, z: 12, ry: 0 }], update: [], leave: [] },
      ]);
      expect(b.received()[0].enter.map((p) => p.id)).toEqual(['a']);
      two.movement.remove('b');
      jest.advanceTimersByTime(50);
      expect(a.received()).toEqual([{ enter: [], update: [], leave: ['b'] }]);
    });

    it('forgets the walkers of a node it no longer hears from, and survives a failing emit', () => {
      const [one, two] = pair();
      const [a, b] = [visitor('a'), visitor('b')];
      one.movement.move(a.socket, at(10, 10));
      two.movement.move(b.socket, at(12, 12));
      jest.advanceTimersByTime(50);
      a.received();
      two.ns.link = () => {
        throw new Error('Redis down'); // node two is cut off
      };
      jest.advanceTimersByTime(2000); // a sync passes: node two's emit fails quietly
      expect(a.received()).toEqual([]);
      jest.advanceTimersByTime(6000);
      expect(a.received()).toEqual([{ enter: [], update: [], leave: ['b'] }]);
    });
  });
});
