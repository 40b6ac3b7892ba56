import { hallBounds } from '@pameran/contracts';
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

/** A connection as MovementService sees it: what it writes to the engine is decoded back into `peers`. */
function visitor(id: string, eventId = 'event-1') {
  const packets: string[] = [];
  const conn = { readyState: 'open', transport: { writable: true } };
  const socket = {
    id,
    connected: true,
    data: { eventId, user: { sub: `user-${id}`, name: `Visitor ${id}` } },
    client: { conn, writeToEngine: (packet: string) => packets.push(packet) },
  } as unknown as HallSocket;
  const received = (): Peers[] => {
    const all = packets.map((p) => JSON.parse(p.slice(p.indexOf('[')))[1] as Peers);
    packets.length = 0;
    return all;
  };
  return { id, socket, conn, received };
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
    expect(a.received()).toEqual([{ enter: [], update: [{ id: 'b', x: 14, z: 12, ry: 2 }], leave: [] }]);
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
